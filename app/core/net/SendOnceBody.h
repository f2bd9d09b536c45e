#pragma once

#include <QByteArray>
#include <QIODevice>

namespace kluis::core {

// A request body that can be read once only. Qt sends a request again by itself when the
// connection drops after the request went out and before any answer came back; for a write that
// the service already made (a new secret version, a new key) that would make it twice. With this
// body Qt cannot rewind, so the reply fails with QNetworkReply::ContentReSendError instead.
class SendOnceBody final : public QIODevice
{
public:
    explicit SendOnceBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 position) override;
    // Qt asks for this only to send the body again (an empty one too).
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
};

} // namespace kluis::core
