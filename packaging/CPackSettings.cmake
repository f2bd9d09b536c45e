# CPack: .deb and .rpm are built and tested on Debian 12 (tests/packaging). The Windows (NSIS)
# and macOS (DragNDrop) settings below are complete but not built on these machines.
set(CPACK_PACKAGE_NAME kluis)
set(CPACK_PACKAGE_VENDOR "Kluis developers")
set(CPACK_PACKAGE_CONTACT "${KLUIS_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop manager for Azure Key Vault")
set(CPACK_PACKAGE_DESCRIPTION
    "Kluis signs in to any Azure cloud, browses subscriptions and key vaults,
and manages the secrets, keys and certificates inside them. When a vault
cannot be listed, often because a firewall stands in the way, Kluis says
which endpoint is blocked and what to change.
.
The package holds kluis (the window), kluisctl (the same core on the
command line) and kluis-emulator (a local Key Vault, Resource Manager and
token service for trying things out). Translations (Dutch, German, French)
are built into kluis.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${KLUIS_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Kluis)
set(CPACK_PACKAGE_EXECUTABLES kluis Kluis)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR "DEB;RPM")
endif()

# Debian: dependencies from dpkg-shlibdeps, file name kluis_VERSION_ARCH.deb.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# A Secret Service (gnome-keyring, KWallet) keeps sign-ins; the CA bundle checks Azure's TLS.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "ca-certificates, gnome-keyring | kwalletmanager")

# RPM: rpmbuild's automatic requires (ELF sonames) are the dependencies.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE GPL-3.0-or-later)
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_URL "${KLUIS_HOMEPAGE}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV ON)
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Directories the distribution's filesystem package owns.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
     /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

# Windows (not built here): NSIS installer; windeployqt copies Qt's DLLs and plugins next to
# the programs at install time, so the installer carries them.
set(CPACK_NSIS_DISPLAY_NAME Kluis)
set(CPACK_NSIS_PACKAGE_NAME "Kluis ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${KLUIS_HOMEPAGE}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/kluis.exe)
if(WIN32)
    find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
    install(CODE "execute_process(COMMAND \"${WINDEPLOYQT_EXECUTABLE}\" --no-compiler-runtime
                  --dir \"\${CMAKE_INSTALL_PREFIX}/bin\"
                  \"\${CMAKE_INSTALL_PREFIX}/bin/kluis.exe\" \"\${CMAKE_INSTALL_PREFIX}/bin/kluisctl.exe\"
                  \"\${CMAKE_INSTALL_PREFIX}/bin/kluis-emulator.exe\" COMMAND_ERROR_IS_FATAL ANY)")
    include(InstallRequiredSystemLibraries)
endif()

# macOS (not built here): Kluis.app in a disk image; macdeployqt puts Qt's frameworks inside.
set(CPACK_DMG_VOLUME_NAME Kluis)
set(CPACK_DMG_FORMAT UDZO)
if(APPLE)
    set_target_properties(kluis PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME Kluis
        MACOSX_BUNDLE_BUNDLE_NAME Kluis
        MACOSX_BUNDLE_GUI_IDENTIFIER ${KLUIS_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    find_program(MACDEPLOYQT_EXECUTABLE macdeployqt HINTS "${QT6_INSTALL_PREFIX}/bin" REQUIRED)
    install(CODE "execute_process(COMMAND \"${MACDEPLOYQT_EXECUTABLE}\"
                  \"\${CMAKE_INSTALL_PREFIX}/Kluis.app\" -always-overwrite
                  COMMAND_ERROR_IS_FATAL ANY)")
endif()

include(CPack)
