#pragma once

#include "net/HttpPipeline.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>

namespace kluis::core {

// The recent requests of a pipeline, for a support bundle: a bounded ring of RequestRecord
// (method, host, path without query, status, x-ms-request-id, error code, duration, time).
// Nothing secret ever enters it: the pipeline hands over no header, query or body.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    explicit RequestLog(qsizetype capacity = 500, QObject *parent = nullptr);
    ~RequestLog() override;

    // Observes this pipeline from now on (and no other); nullptr stops observing.
    void attach(HttpPipeline *pipeline);
    void add(const RequestRecord &record);
    void clear() { m_records.clear(); }
    QList<RequestRecord> records() const { return m_records; }
    qsizetype capacity() const { return m_capacity; }

    static QJsonObject toJson(const RequestRecord &record);
    QJsonArray toJson() const;

private:
    qsizetype m_capacity;
    QList<RequestRecord> m_records;
    QPointer<HttpPipeline> m_pipeline;
};

} // namespace kluis::core
