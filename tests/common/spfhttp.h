#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace ipam::test {

// One HTTP/1.1 request as the SPF test peer received it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: percent-encoded path plus "?query"
    QByteArray version;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const;
    // HTTP/1.1 keeps the connection open unless the client says "Connection: close".
    bool wantsClose() const;
};

// Cuts HTTP/1.1 requests out of a connection's byte stream: request line, headers and a
// Content-Length body (what QNetworkAccessManager and curl send). Chunked request bodies are
// not needed by any client of the peer and are refused, as are oversized heads and bodies,
// so a broken client cannot make the peer buffer without bound.
class HttpRequestReader
{
public:
    enum class State { NeedMore, Complete, Invalid };

    // Appends bytes from the socket.
    void feed(const QByteArray &bytes) { m_buffer.append(bytes); }
    // Complete: takeRequest() returns the next request; Invalid: errorText() says why.
    State poll();
    HttpRequest takeRequest();
    const QString &errorText() const { return m_error; }

private:
    QByteArray m_buffer;
    std::optional<HttpRequest> m_pending; // head parsed, waiting for the body
    qsizetype m_bodyLength = 0;
    std::optional<HttpRequest> m_ready;
    QString m_error;
};

// The bytes of a complete HTTP/1.1 response with a Content-Length body.
struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool close = false;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }

    QByteArray head(qsizetype claimedBodyLength) const;
    QByteArray serialize() const { return head(body.size()) + body; }
};

QByteArray httpReasonPhrase(int status);

} // namespace ipam::test
