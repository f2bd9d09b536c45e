#include "CryptoOps.h"
#include "VaultApi.h"

namespace kluis::emulator {

ApiResponse VaultApi::getSecret(const QString &name, const QString &version)
{
    const auto found = findVersion(Kind::Secret, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    const auto &secret = std::get<ObjectVersion>(found);
    if (!secret.attributes.enabled)
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Operation get is not allowed on a disabled secret."),
            QStringLiteral("SecretDisabled"));
    auto out = secretBundle(*live(Kind::Secret, name), secret);
    // 2025-07-01: a certificate's PFX secret can be asked for as PEM.
    const auto wanted = m_request.queryValue(QStringLiteral("outContentType"));
    if (!wanted.isEmpty()) {
        if (wanted != QLatin1String("application/x-pem-file") &&
            wanted != QLatin1String("application/x-pkcs12"))
            return badParameter(
                QStringLiteral("The outContentType '%1' is not supported.").arg(wanted.left(64)));
        if (wanted == QLatin1String("application/x-pem-file") && secret.backsCertificate &&
            secret.contentType == QLatin1String("application/x-pkcs12")) {
            QString error;
            const auto pfx = QByteArray::fromBase64(secret.value.toLatin1());
            if (const auto parsed = crypto::parsePfx(pfx, {}, &error)) {
                QByteArray pem = parsed->keyPem + crypto::derToPem(parsed->der);
                for (const auto &der : parsed->chainDer)
                    pem += crypto::derToPem(der);
                out.insert(QStringLiteral("value"), QString::fromLatin1(pem));
                out.insert(QStringLiteral("contentType"), wanted);
            }
        }
    }
    return ApiResponse::json(200, out);
}

ApiResponse VaultApi::setSecret(const QString &name)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    const auto value = body.value(QStringLiteral("value"));
    if (!value.isString())
        return badParameter(
            QStringLiteral("The parameter 'value' is required and must be a string."));
    if (value.toString().toUtf8().size() > kMaxSecretBytes)
        return badParameter(QStringLiteral("The secret value is too large: the maximum size is "
                                           "25 KB (25,600 bytes)."));
    const auto contentType = body.value(QStringLiteral("contentType"));
    if (!contentType.isUndefined() && !contentType.isNull() && !contentType.isString())
        return badParameter(QStringLiteral("The parameter 'contentType' must be a string."));
    const auto attrs = newVersionAttributes(Kind::Secret, name, body);
    if (const auto *error = std::get_if<ApiResponse>(&attrs))
        return *error;
    auto version = objects::secretVersion(
        value.toString(),
        contentType.isString() && !contentType.toString().isEmpty()
            ? std::optional(contentType.toString())
            : std::nullopt,
        body.value(QStringLiteral("tags")).toObject(), std::get<ObjectAttributes>(attrs));
    // Keep the caller's spelling of a new name; an existing one keeps its first spelling.
    version = objects::append(m_vault, Kind::Secret, name, version);
    m_state.saveObject(m_vault, objects::storageKey(Kind::Secret, name));
    return ApiResponse::json(200, secretBundle(*live(Kind::Secret, name), version));
}

ApiResponse VaultApi::updateSecret(const QString &name, const QString &version)
{
    auto patched = patchVersion(Kind::Secret, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&patched))
        return *error;
    auto &[body, secret] = std::get<Patch>(patched);
    const auto contentType = body.value(QStringLiteral("contentType"));
    if (contentType.isString())
        secret.contentType = contentType.toString();
    else if (!contentType.isUndefined() && !contentType.isNull())
        return badParameter(QStringLiteral("The parameter 'contentType' must be a string."));
    replaceVersion(Kind::Secret, name, secret);
    auto out = secretBundle(*live(Kind::Secret, name), secret);
    // The update answers the secret's properties without its value.
    out.remove(QStringLiteral("value"));
    return ApiResponse::json(200, out);
}

std::variant<ObjectAttributes, ApiResponse>
VaultApi::newVersionAttributes(Kind kind, const QString &name, const QJsonObject &body) const
{
    if (!validTags(body.value(QStringLiteral("tags"))))
        return badParameter(QStringLiteral("Tags must be an object of at most 15 string values."));
    if (auto conflict = conflictIfDeleted(kind, name))
        return *conflict;
    if (auto managed = conflictIfManaged(kind, name))
        return *managed;
    auto attrs = ObjectAttributes::madeAt(objects::nowSeconds());
    if (!attrs.merge(body.value(QStringLiteral("attributes"))))
        return badParameter(QStringLiteral("The parameter 'attributes' is not valid."));
    return attrs;
}

std::variant<VaultApi::Patch, ApiResponse> VaultApi::patchVersion(Kind kind, const QString &name,
                                                                  const QString &version)
{
    const auto parsed = jsonBody();
    if (const auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    const auto &body = std::get<QJsonObject>(parsed);
    auto found = findVersion(kind, name, version);
    if (const auto *error = std::get_if<ApiResponse>(&found))
        return *error;
    auto patched = std::get<ObjectVersion>(found);
    if (!patched.attributes.merge(body.value(QStringLiteral("attributes"))))
        return badParameter(QStringLiteral("The parameter 'attributes' is not valid."));
    if (!validTags(body.value(QStringLiteral("tags"))))
        return badParameter(QStringLiteral("Tags must be an object of at most 15 string values."));
    patched.attributes.updated = objects::nowSeconds();
    if (body.value(QStringLiteral("tags")).isObject())
        patched.tags = body.value(QStringLiteral("tags")).toObject();
    return Patch{body, patched};
}

} // namespace kluis::emulator
