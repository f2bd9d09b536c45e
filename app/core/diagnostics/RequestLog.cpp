#include "diagnostics/RequestLog.h"

namespace kluis::core {

RequestLog::RequestLog(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(std::max<qsizetype>(1, capacity))
{}

RequestLog::~RequestLog()
{
    attach(nullptr);
}

void RequestLog::attach(HttpPipeline *pipeline)
{
    if (m_pipeline)
        m_pipeline->setRequestObserver({});
    m_pipeline = pipeline;
    if (!pipeline)
        return;
    const QPointer<RequestLog> self(this);
    pipeline->setRequestObserver([self](const RequestRecord &record) {
        if (self)
            self->add(record);
    });
}

void RequestLog::add(const RequestRecord &record)
{
    m_records.append(record);
    if (m_records.size() > m_capacity)
        m_records.remove(0, m_records.size() - m_capacity);
}

QJsonObject RequestLog::toJson(const RequestRecord &record)
{
    QJsonObject object{{QStringLiteral("time"), record.time.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("method"), QString::fromLatin1(record.method)},
                       {QStringLiteral("host"), record.host},
                       {QStringLiteral("port"), record.port},
                       {QStringLiteral("path"), record.path},
                       {QStringLiteral("status"), record.status},
                       {QStringLiteral("durationMs"), record.durationMs}};
    if (!record.requestId.isEmpty())
        object.insert(QStringLiteral("requestId"), record.requestId);
    if (!record.errorCode.isEmpty())
        object.insert(QStringLiteral("errorCode"), record.errorCode);
    return object;
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const auto &record : m_records)
        array.append(toJson(record));
    return array;
}

} // namespace kluis::core
