<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PagingGuard</name>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: a next link pointed back to a page already read. The listing was stopped after %n page(s).</source>
        <translation>
            <numerusform>%1 kept answering with pages that lead nowhere: a next link pointed back to a page already read. The listing was stopped after %n page.</numerusform>
            <numerusform>%1 kept answering with pages that lead nowhere: a next link pointed back to a page already read. The listing was stopped after %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: %n empty pages in a row, each with a next link. The listing was stopped.</source>
        <translation>
            <numerusform>%1 kept answering with pages that lead nowhere: %n empty page in a row, with a next link. The listing was stopped.</numerusform>
            <numerusform>%1 kept answering with pages that lead nowhere: %n empty pages in a row, each with a next link. The listing was stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with more pages; the listing was stopped after %n pages, the most Kluis reads in one listing.</source>
        <translation>
            <numerusform>%1 kept answering with more pages; the listing was stopped after %n page, the most Kluis reads in one listing.</numerusform>
            <numerusform>%1 kept answering with more pages; the listing was stopped after %n pages, the most Kluis reads in one listing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::AddMyAddressCommand</name>
    <message numerus="yes">
        <source>Add %1 to the firewall of the vault %2 for %n hour(s)?

Kluis changes the vault&apos;s network rules through Azure Resource Manager and removes the rule again when the time is up, when Kluis quits, or at its next start.</source>
        <translation>
            <numerusform>Add %1 to the firewall of the vault %2 for %n hour?

Kluis changes the vault&apos;s network rules through Azure Resource Manager and removes the rule again when the time is up, when Kluis quits, or at its next start.</numerusform>
            <numerusform>Add %1 to the firewall of the vault %2 for %n hours?

Kluis changes the vault&apos;s network rules through Azure Resource Manager and removes the rule again when the time is up, when Kluis quits, or at its next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateDetailsPanel</name>
    <message numerus="yes">
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Expires in %n day.</numerusform>
            <numerusform>Expires in %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::CompareCopyWindow</name>
    <message numerus="yes">
        <source>Write %n secrets from %1 to %2? Their values, content types, tags, dates and enabled state are copied.</source>
        <translation>
            <numerusform>Write %n secret from %1 to %2? Its value, content type, tags, dates and enabled state are copied.</numerusform>
            <numerusform>Write %n secrets from %1 to %2? Their values, content types, tags, dates and enabled state are copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n item would be written; nothing has been written yet.</numerusform>
            <numerusform>%n items would be written; nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n backups made in %1 into %2? Every version, tag and date is copied; Key Vault refuses a vault of another subscription or geography.</source>
        <translation>
            <numerusform>Restore %n backup made in %1 into %2? Every version, tag and date is copied; Key Vault refuses a vault of another subscription or geography.</numerusform>
            <numerusform>Restore %n backups made in %1 into %2? Every version, tag and date is copied; Key Vault refuses a vault of another subscription or geography.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The copy stopped after %n items: %1</source>
        <translation>
            <numerusform>The copy stopped after %n item: %1</numerusform>
            <numerusform>The copy stopped after %n items: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items written.</source>
        <translation>
            <numerusform>%n item written.</numerusform>
            <numerusform>%n items written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::CopySecretValueCommand</name>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Copied the value of %1; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the value of %1; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::DiagnosisPane</name>
    <message numerus="yes">
        <source>Virtual network rules: %n</source>
        <translation>
            <numerusform>Virtual network rules: %n</numerusform>
            <numerusform>Virtual network rules: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryMark</name>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expires in %n day, on %1</numerusform>
            <numerusform>Expires in %n days, on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryNotice</name>
    <message numerus="yes">
        <source>%n items in your favourite vaults have expired or expire within %1 days.</source>
        <translation>
            <numerusform>%n item in your favourite vaults has expired or expires within %1 days.</numerusform>
            <numerusform>%n items in your favourite vaults have expired or expire within %1 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryReportWindow</name>
    <message numerus="yes">
        <source>Reading %n vaults…</source>
        <translation>
            <numerusform>Reading %n vault…</numerusform>
            <numerusform>Reading %n vaults…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading… %n findings so far.</source>
        <translation>
            <numerusform>Reading… %n finding so far.</numerusform>
            <numerusform>Reading… %n findings so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults could not be read.</source>
        <translation>
            <numerusform>%n vault could not be read.</numerusform>
            <numerusform>%n vaults could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExportMetadataCommand</name>
    <message numerus="yes">
        <source>Exported the metadata of %n items to %1.</source>
        <translation>
            <numerusform>Exported the metadata of %n item to %1.</numerusform>
            <numerusform>Exported the metadata of %n items to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListPaneBase</name>
    <message numerus="yes">
        <source>Loading… %n item(s) so far</source>
        <translation>
            <numerusform>Loading… %n item so far</numerusform>
            <numerusform>Loading… %n items so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n item(s).</source>
        <translation>
            <numerusform>Stopped after %n item.</numerusform>
            <numerusform>Stopped after %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n shown)</numerusform>
            <numerusform>(%n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::RbacReadinessWindow</name>
    <message numerus="yes">
        <source>%n vault(s) on access policies</source>
        <translation>
            <numerusform>%n vault on access policies</numerusform>
            <numerusform>%n vaults on access policies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on Azure RBAC already.</source>
        <translation>
            <numerusform>%n of %1 on Azure RBAC already.</numerusform>
            <numerusform>%n of %1 on Azure RBAC already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SearchWindow</name>
    <message numerus="yes">
        <source>Stopped: %n found in %1 of %2 vaults.</source>
        <translation>
            <numerusform>Stopped: %n found in %1 of %2 vaults.</numerusform>
            <numerusform>Stopped: %n found in %1 of %2 vaults.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %1 of %2 vaults answered; %n found.</source>
        <translation>
            <numerusform>Searching… %1 of %2 vaults answered; %n found.</numerusform>
            <numerusform>Searching… %1 of %2 vaults answered; %n found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found in %1 vaults.</source>
        <translation>
            <numerusform>%n found in %1 vaults.</numerusform>
            <numerusform>%n found in %1 vaults.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults refused; open one to see why.</source>
        <translation>
            <numerusform>%n vault refused; open it to see why.</numerusform>
            <numerusform>%n vaults refused; open one to see why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretEditDialog</name>
    <message numerus="yes">
        <source>Key Vault accepts at most %n tags.</source>
        <translation>
            <numerusform>Key Vault accepts at most %n tag.</numerusform>
            <numerusform>Key Vault accepts at most %n tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretImportDialog</name>
    <message numerus="yes">
        <source>Comparing %n names with the vault…</source>
        <translation>
            <numerusform>Comparing %n name with the vault…</numerusform>
            <numerusform>Comparing %n names with the vault…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n secret would be written; nothing has been written yet.</numerusform>
            <numerusform>%n secrets would be written; nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n secrets from %1 into %2?</source>
        <translation>
            <numerusform>Write %n secret from %1 into %2?</numerusform>
            <numerusform>Write %n secrets from %1 into %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import stopped after %n secrets: %1</source>
        <translation>
            <numerusform>The import stopped after %n secret: %1</numerusform>
            <numerusform>The import stopped after %n secrets: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets written.</source>
        <translation>
            <numerusform>%n secret written.</numerusform>
            <numerusform>%n secrets written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SettingsDialog</name>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ViewPolicyCommand</name>
    <message numerus="yes">
        <source>Issuer: %1
Subject: %2
DNS names: %3
Validity: %n month(s)
Key: %4
Private key exportable: %5
Reuse key on renewal: %6
Format in the vault: %7
Key usage: %8
Extended key usage: %9</source>
        <translation>
            <numerusform>Issuer: %1
Subject: %2
DNS names: %3
Validity: %n month
Key: %4
Private key exportable: %5
Reuse key on renewal: %6
Format in the vault: %7
Key usage: %8
Extended key usage: %9</numerusform>
            <numerusform>Issuer: %1
Subject: %2
DNS names: %3
Validity: %n months
Key: %4
Private key exportable: %5
Reuse key on renewal: %6
Format in the vault: %7
Key usage: %8
Extended key usage: %9</numerusform>
        </translation>
    </message>
</context>
</TS>
