# Strict Qt: no string-based connects or Qt keywords that clash with other libraries,
# nothing deprecated before the Qt we build on.
add_compile_definitions(
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_CAST_TO_ASCII
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_STRICT_ITERATORS
    # Asserts stay on in every build: a broken invariant must stop, not corrupt data.
    QT_FORCE_ASSERTS
    _GLIBCXX_ASSERTIONS
)

add_compile_options(-Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
                    -Wcast-align -Wunused -Woverloaded-virtual -Wformat=2)
if(KLUIS_WERROR)
    add_compile_options(-Werror)
endif()

if(KLUIS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "KLUIS_FUZZ needs clang (CXX=clang++)")
    endif()
    # Every undefined behaviour ends the run as a finding, instead of a line in the log. Clang
    # 14 cannot emit -fsanitize=function's prologue for coroutines ("Cannot represent a
    # difference across sections"); the core's parsers make no calls it would check.
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize=function
                        -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

if(KLUIS_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
elseif(NOT KLUIS_FUZZ)
    add_compile_options(-fstack-protector-strong)
    if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
        # Level 3 (GCC 12, glibc 2.34) also checks sizes only known at run time; whatever level
        # the environment's flags set is replaced, not redefined.
        add_compile_options(-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3)
    endif()
endif()

find_program(KLUIS_CCACHE ccache)
if(KLUIS_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${KLUIS_CCACHE}")
endif()
