#include "CryptoOps.h"
#include "Names.h"
#include "VaultApi.h"

#include <QUuid>

namespace kluis::emulator {

namespace {

void mergeInto(QJsonObject &target, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isObject() && target.value(it.key()).isObject()) {
            auto inner = target.value(it.key()).toObject();
            mergeInto(inner, it.value().toObject());
            target.insert(it.key(), inner);
        } else {
            target.insert(it.key(), it.value());
        }
    }
}

} // namespace

QJsonObject VaultApi::policyJson(const QString &name, const QJsonObject &policy) const
{
    QJsonObject out = policy;
    out.insert(QStringLiteral("id"),
               QString(idFor(Kind::Certificate, name) + QStringLiteral("/policy")));
    return out;
}

QJsonObject VaultApi::pendingJson(const QString &name, const PendingCertificate &pending,
                                  const QString &status) const
{
    QJsonObject out{
        {QStringLiteral("id"),
         QString(idFor(Kind::Certificate, name) + QStringLiteral("/pending"))},
        {QStringLiteral("issuer"), QJsonObject{{QStringLiteral("name"), pending.issuer}}},
        {QStringLiteral("csr"), QString::fromLatin1(pending.csrDer.toBase64())},
        {QStringLiteral("cancellation_requested"), false},
        {QStringLiteral("status"), status},
        {QStringLiteral("request_id"), pending.requestId}};
    if (status == QLatin1String("completed"))
        out.insert(QStringLiteral("target"), idFor(Kind::Certificate, name));
    else
        out.insert(QStringLiteral("status_details"),
                   QStringLiteral("Pending certificate created. Certificate request is in "
                                  "progress. This may take some time based on the issuer "
                                  "provider. Please check again later."));
    return out;
}

QJsonObject VaultApi::certificateBundle(const VaultObject &object,
                                        const ObjectVersion &version) const
{
    QJsonObject out{{QStringLiteral("id"), idFor(Kind::Certificate, object.name, version.id)},
                    {QStringLiteral("kid"), idFor(Kind::Key, object.name, version.id)},
                    {QStringLiteral("sid"), idFor(Kind::Secret, object.name, version.id)},
                    {QStringLiteral("x5t"), version.thumbprint()},
                    {QStringLiteral("cer"), QString::fromLatin1(version.der.toBase64())},
                    {QStringLiteral("attributes"), responseAttributes(version.attributes)},
                    {QStringLiteral("policy"), policyJson(object.name, object.policy)}};
    insertTagsAndManaged(out, version);
    return out;
}

ApiResponse VaultApi::getCertificate(const QString &name, const QString &version)
{
    const auto found = findVersion(Kind::Certificate, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    return ApiResponse::json(
        200, certificateBundle(*live(Kind::Certificate, name), std::get<ObjectVersion>(found)));
}

ApiResponse VaultApi::createCertificate(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    const auto *existing = live(Kind::Certificate, name);
    QJsonObject requested = body.value(QStringLiteral("policy")).toObject();
    if (requested.isEmpty() && existing)
        requested = existing->policy;
    if (requested.isEmpty())
        return badParameter(QStringLiteral("The parameter 'policy' is required."));
    const auto now = objects::nowSeconds();
    const auto policy = objects::completePolicy(requested, now);
    const auto issuer =
        policy.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("name")).toString();
    if (issuer.compare(QLatin1String("Self"), Qt::CaseInsensitive) != 0)
        return badParameter(QStringLiteral("The issuer '%1' is not available in this vault; use "
                                           "the Self issuer.")
                                .arg(issuer.left(64)));
    const auto x509 = policy.value(QStringLiteral("x509_props")).toObject();
    const auto sans = x509.value(QStringLiteral("sans")).toObject();
    crypto::CertificateRequest request;
    request.subject = x509.value(QStringLiteral("subject")).toString();
    request.dnsNames = objects::strings(sans.value(QStringLiteral("dns_names")));
    request.emails = objects::strings(sans.value(QStringLiteral("emails")));
    request.upns = objects::strings(sans.value(QStringLiteral("upns")));
    request.ekus = objects::strings(x509.value(QStringLiteral("ekus")));
    request.keyUsage = objects::strings(x509.value(QStringLiteral("key_usage")));
    request.validityMonths = x509.value(QStringLiteral("validity_months")).toInt(12);
    if (request.subject.isEmpty() && request.dnsNames.isEmpty() && request.emails.isEmpty() &&
        request.upns.isEmpty())
        return badParameter(QStringLiteral("The policy's x509_props need a subject or subject "
                                           "alternative names."));
    if (request.validityMonths < 1 || request.validityMonths > 1200)
        return badParameter(QStringLiteral("validity_months must be between 1 and 1200."));
    if (!validTags(body.value(QStringLiteral("tags"))))
        return badParameter(QStringLiteral("Tags must be an object of at most 15 string values."));
    if (auto conflict = conflictIfDeleted(Kind::Certificate, name))
        return *conflict;
    const auto keyProps = policy.value(QStringLiteral("key_props")).toObject();
    const auto kty = keyProps.value(QStringLiteral("kty")).toString();
    QByteArray keyPem;
    const auto *currentKey = live(Kind::Key, name);
    if (keyProps.value(QStringLiteral("reuse_key")).toBool() && currentKey)
        keyPem = currentKey->latest().privateKeyPem;
    if (keyPem.isEmpty()) {
        if (kty.startsWith(QLatin1String("EC"))) {
            keyPem = crypto::generateEc(keyProps.value(QStringLiteral("crv")).toString());
        } else if (kty.startsWith(QLatin1String("RSA"))) {
            const int size = keyProps.value(QStringLiteral("key_size")).toInt(2048);
            if (size == 2048 || size == 3072 || size == 4096)
                keyPem = crypto::generateRsa(size);
        }
    }
    if (keyPem.isEmpty())
        return badParameter(QStringLiteral("The policy's key_props are not supported."));
    if (request.subject.isEmpty())
        request.subject = QStringLiteral("CN=") + request.dnsNames.value(0, name);
    const auto der = crypto::makeCertificate(keyPem, request);
    if (der.isEmpty())
        return badParameter(QStringLiteral("The certificate could not be made from this policy."));
    auto attrsBody = body.value(QStringLiteral("attributes")).toObject();
    objects::storeCertificate(m_vault, name, policy, {keyPem, der, {}},
                              body.value(QStringLiteral("tags")).toObject(),
                              attrsBody.value(QStringLiteral("enabled")).toBool(true));
    // The Self issuer signs at once; the operation still starts "inProgress" as the service
    // answers, and the first poll finds it completed.
    const PendingCertificate pending{
        QStringLiteral("completed"), QStringLiteral("Self"),
        crypto::makeCsr(keyPem, request.subject),
        QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-'))};
    if (auto *stored = m_vault.objects.find(objects::storageKey(Kind::Certificate, name)))
        stored->pending = pending;
    objects::saveAll(m_state, m_vault, Kind::Certificate, name);
    const auto storedName = live(Kind::Certificate, name)->name;
    auto response =
        ApiResponse::json(202, pendingJson(storedName, pending, QStringLiteral("inProgress")));
    response.withHeader("Location", (idFor(Kind::Certificate, storedName) +
                                     QStringLiteral("/pending?api-version=") + m_apiVersion)
                                        .toUtf8());
    response.withHeader("Retry-After", "1");
    return response;
}

ApiResponse VaultApi::importCertificate(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    const auto value = body.value(QStringLiteral("value")).toString();
    if (value.isEmpty())
        return badParameter(QStringLiteral("The parameter 'value' is required."));
    QString error;
    std::optional<crypto::ParsedCertificate> material;
    QString contentType;
    if (value.contains(QLatin1String("-----BEGIN"))) {
        material = crypto::parsePem(value.toLatin1(), &error);
        contentType = QStringLiteral("application/x-pem-file");
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(
            value.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return badParameter(QStringLiteral("The parameter 'value' must be a base64 PFX or PEM "
                                               "content."));
        // The Python SDK base64-encodes whatever bytes it is given, PEM text included; the
        // service accepts that as PEM.
        if ((*decoded).contains("-----BEGIN")) {
            material = crypto::parsePem(*decoded, &error);
            contentType = QStringLiteral("application/x-pem-file");
        } else {
            material = crypto::parsePfx(
                *decoded, body.value(QStringLiteral("pwd")).toString().toUtf8(), &error);
            contentType = QStringLiteral("application/x-pkcs12");
        }
    }
    if (!material)
        return badParameter(error);
    if (!validTags(body.value(QStringLiteral("tags"))))
        return badParameter(QStringLiteral("Tags must be an object of at most 15 string values."));
    if (auto conflict = conflictIfDeleted(Kind::Certificate, name))
        return *conflict;
    const objects::CertificateMaterial stored{material->keyPem, material->der, material->chainDer};
    const auto now = objects::nowSeconds();
    auto policy = objects::policyForImport(stored, contentType, now);
    const auto requested = body.value(QStringLiteral("policy")).toObject();
    if (!requested.isEmpty()) {
        mergeInto(policy, requested);
        policy = objects::completePolicy(policy, now);
    }
    const auto attrs = body.value(QStringLiteral("attributes")).toObject();
    const auto version = objects::storeCertificate(
        m_vault, name, policy, stored, body.value(QStringLiteral("tags")).toObject(),
        attrs.value(QStringLiteral("enabled")).toBool(true));
    objects::saveAll(m_state, m_vault, Kind::Certificate, name);
    return getCertificate(name, version);
}

ApiResponse VaultApi::updateCertificate(const QString &name, const QString &version)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    auto found = findVersion(Kind::Certificate, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    if (!validTags(body.value(QStringLiteral("tags"))))
        return badParameter(QStringLiteral("Tags must be an object of at most 15 string values."));
    auto certificate = std::get<ObjectVersion>(found);
    const auto requested = body.value(QStringLiteral("attributes")).toObject();
    // The managed key and secret of the same version follow the certificate's attributes.
    for (const auto kind : objects::withManaged(Kind::Certificate)) {
        auto v = findVersion(kind, name, certificate.id);
        auto *same = std::get_if<ObjectVersion>(&v);
        if (!same)
            continue;
        if (requested.value(QStringLiteral("enabled")).isBool())
            same->attributes.enabled = requested.value(QStringLiteral("enabled")).toBool();
        same->attributes.updated = objects::nowSeconds();
        if (body.value(QStringLiteral("tags")).isObject())
            same->tags = body.value(QStringLiteral("tags")).toObject();
        replaceVersion(kind, name, *same);
        if (kind == Kind::Certificate)
            certificate = *same;
    }
    if (body.value(QStringLiteral("policy")).isObject())
        change(Kind::Certificate, name, [&](VaultObject &object) {
            mergeInto(object.policy, body.value(QStringLiteral("policy")).toObject());
        });
    return ApiResponse::json(200, certificateBundle(*live(Kind::Certificate, name), certificate));
}

ApiResponse VaultApi::getPending(const QString &name)
{
    const auto *object = live(Kind::Certificate, name);
    if (!object || !object->pending)
        return ApiResponse::error(404, QStringLiteral("PendingCertificateNotFound"),
                                  QStringLiteral("Pending certificate not found"));
    return ApiResponse::json(200,
                             pendingJson(object->name, *object->pending, object->pending->status));
}

ApiResponse VaultApi::getPolicy(const QString &name)
{
    const auto *object = live(Kind::Certificate, name);
    if (!object)
        return notFound(Kind::Certificate, name);
    return ApiResponse::json(200, policyJson(object->name, object->policy));
}

ApiResponse VaultApi::updatePolicy(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    if (!live(Kind::Certificate, name))
        return notFound(Kind::Certificate, name);
    auto changes = std::get<QJsonObject>(parsed);
    changes.remove(QStringLiteral("id"));
    change(Kind::Certificate, name, [&](VaultObject &object) {
        mergeInto(object.policy, changes);
        object.policy = objects::completePolicy(object.policy, objects::nowSeconds());
    });
    const auto *object = live(Kind::Certificate, name);
    return ApiResponse::json(200, policyJson(object->name, object->policy));
}

} // namespace kluis::emulator
