#include "CryptoOps.h"
#include "Names.h"
#include "VaultApi.h"

#include <QUuid>

namespace kluis::emulator {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const auto &v : value.toArray())
        out << v.toString();
    return out;
}

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

QJsonObject VaultApi::pendingJson(const QString &name, const QJsonObject &pending) const
{
    QJsonObject out{
        {QStringLiteral("id"),
         QString(idFor(Kind::Certificate, name) + QStringLiteral("/pending"))},
        {QStringLiteral("issuer"),
         QJsonObject{{QStringLiteral("name"), pending.value(QStringLiteral("issuer"))}}},
        {QStringLiteral("csr"), pending.value(QStringLiteral("csr"))},
        {QStringLiteral("cancellation_requested"), false},
        {QStringLiteral("status"), pending.value(QStringLiteral("status"))},
        {QStringLiteral("request_id"), pending.value(QStringLiteral("requestId"))}};
    if (pending.value(QStringLiteral("status")).toString() == QLatin1String("completed"))
        out.insert(QStringLiteral("target"), idFor(Kind::Certificate, name));
    else
        out.insert(QStringLiteral("status_details"),
                   QStringLiteral("Pending certificate created. Certificate request is in "
                                  "progress. This may take some time based on the issuer "
                                  "provider. Please check again later."));
    return out;
}

QJsonObject VaultApi::certificateBundle(const QJsonObject &object, const QJsonObject &version) const
{
    const auto name = object.value(QStringLiteral("name")).toString();
    const auto id = version.value(QStringLiteral("version")).toString();
    QJsonObject out{{QStringLiteral("id"), idFor(Kind::Certificate, name, id)},
                    {QStringLiteral("kid"), idFor(Kind::Key, name, id)},
                    {QStringLiteral("sid"), idFor(Kind::Secret, name, id)},
                    {QStringLiteral("x5t"), version.value(QStringLiteral("x5t"))},
                    {QStringLiteral("cer"), version.value(QStringLiteral("cer"))},
                    {QStringLiteral("attributes"),
                     responseAttributes(version.value(QStringLiteral("attributes")).toObject())},
                    {QStringLiteral("policy"),
                     policyJson(name, object.value(QStringLiteral("policy")).toObject())}};
    const auto tags = version.value(QStringLiteral("tags")).toObject();
    if (!tags.isEmpty())
        out.insert(QStringLiteral("tags"), tags);
    return out;
}

QJsonObject VaultApi::certificateItem(const QJsonObject &object, const QJsonObject &version,
                                      bool withVersion) const
{
    auto out = itemJson(Kind::Certificate, object, version, withVersion);
    out.insert(QStringLiteral("x5t"), version.value(QStringLiteral("x5t")));
    return out;
}

ApiResponse VaultApi::getCertificate(const QString &name, const QString &version)
{
    const auto found = findVersion(Kind::Certificate, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    return ApiResponse::json(
        200, certificateBundle(*live(Kind::Certificate, name), std::get<QJsonObject>(found)));
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
        requested = existing->value(QStringLiteral("policy")).toObject();
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
    request.dnsNames = strings(sans.value(QStringLiteral("dns_names")));
    request.emails = strings(sans.value(QStringLiteral("emails")));
    request.upns = strings(sans.value(QStringLiteral("upns")));
    request.ekus = strings(x509.value(QStringLiteral("ekus")));
    request.keyUsage = strings(x509.value(QStringLiteral("key_usage")));
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
        keyPem = currentKey->value(QStringLiteral("versions"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("pem"))
                     .toString()
                     .toLatin1();
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
    QJsonObject pending{
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("issuer"), QStringLiteral("Self")},
        {QStringLiteral("csr"),
         QString::fromLatin1(crypto::makeCsr(keyPem, request.subject).toBase64())},
        {QStringLiteral("requestId"),
         QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-'))}};
    const auto key = objects::storageKey(Kind::Certificate, name);
    auto object = m_vault.objects.value(key);
    object.insert(QStringLiteral("pending"), pending);
    m_vault.objects.insert(key, object);
    objects::saveAll(m_state, m_vault, Kind::Certificate, name);
    auto answer = pending;
    answer.insert(QStringLiteral("status"), QStringLiteral("inProgress"));
    const auto storedName = object.value(QStringLiteral("name")).toString();
    auto response = ApiResponse::json(202, pendingJson(storedName, answer));
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
    const auto found = findVersion(Kind::Certificate, name, version);
    return ApiResponse::json(
        200, certificateBundle(*live(Kind::Certificate, name), std::get<QJsonObject>(found)));
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
    auto certificate = std::get<QJsonObject>(found);
    const auto versionId = certificate.value(QStringLiteral("version")).toString();
    // The managed key and secret of the same version follow the certificate's attributes.
    for (const auto kind : objects::withManaged(Kind::Certificate)) {
        auto v = findVersion(kind, name, versionId);
        auto *object = std::get_if<QJsonObject>(&v);
        if (!object)
            continue;
        auto attrs = object->value(QStringLiteral("attributes")).toObject();
        const auto requested = body.value(QStringLiteral("attributes")).toObject();
        if (requested.value(QStringLiteral("enabled")).isBool())
            attrs.insert(QStringLiteral("enabled"), requested.value(QStringLiteral("enabled")));
        attrs.insert(QStringLiteral("updated"), objects::nowSeconds());
        object->insert(QStringLiteral("attributes"), attrs);
        if (body.value(QStringLiteral("tags")).isObject())
            object->insert(QStringLiteral("tags"), body.value(QStringLiteral("tags")));
        replaceVersion(kind, name, *object);
        if (kind == Kind::Certificate)
            certificate = *object;
    }
    if (body.value(QStringLiteral("policy")).isObject()) {
        const auto key = objects::storageKey(Kind::Certificate, name);
        auto object = m_vault.objects.value(key);
        auto policy = object.value(QStringLiteral("policy")).toObject();
        mergeInto(policy, body.value(QStringLiteral("policy")).toObject());
        object.insert(QStringLiteral("policy"), policy);
        m_vault.objects.insert(key, object);
        m_state.saveObject(m_vault, key);
    }
    return ApiResponse::json(200, certificateBundle(*live(Kind::Certificate, name), certificate));
}

ApiResponse VaultApi::getPending(const QString &name)
{
    const auto *object = live(Kind::Certificate, name);
    if (!object || !object->contains(QStringLiteral("pending")))
        return ApiResponse::error(404, QStringLiteral("PendingCertificateNotFound"),
                                  QStringLiteral("Pending certificate not found"));
    return ApiResponse::json(200, pendingJson(object->value(QStringLiteral("name")).toString(),
                                              object->value(QStringLiteral("pending")).toObject()));
}

ApiResponse VaultApi::getPolicy(const QString &name)
{
    const auto *object = live(Kind::Certificate, name);
    if (!object)
        return notFound(Kind::Certificate, name);
    return ApiResponse::json(200, policyJson(object->value(QStringLiteral("name")).toString(),
                                             object->value(QStringLiteral("policy")).toObject()));
}

ApiResponse VaultApi::updatePolicy(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    if (!live(Kind::Certificate, name))
        return notFound(Kind::Certificate, name);
    const auto key = objects::storageKey(Kind::Certificate, name);
    auto object = m_vault.objects.value(key);
    auto policy = object.value(QStringLiteral("policy")).toObject();
    auto changes = std::get<QJsonObject>(parsed);
    changes.remove(QStringLiteral("id"));
    mergeInto(policy, changes);
    policy = objects::completePolicy(policy, objects::nowSeconds());
    object.insert(QStringLiteral("policy"), policy);
    m_vault.objects.insert(key, object);
    m_state.saveObject(m_vault, key);
    return ApiResponse::json(200,
                             policyJson(object.value(QStringLiteral("name")).toString(), policy));
}

} // namespace kluis::emulator
