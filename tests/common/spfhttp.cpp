#include "spfhttp.h"

namespace ipam::test {

namespace {
constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 256 * 1024 * 1024;
} // namespace

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

bool HttpRequest::wantsClose() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

HttpRequestReader::State HttpRequestReader::poll()
{
    if (!m_error.isEmpty())
        return State::Invalid;
    if (m_ready)
        return State::Complete;

    if (!m_pending) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > MaxHeadBytes) {
                m_error = QStringLiteral("request head larger than %1 bytes").arg(MaxHeadBytes);
                return State::Invalid;
            }
            return State::NeedMore;
        }
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);

        HttpRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
            m_error = QStringLiteral("malformed request line \"%1\"")
                              .arg(QString::fromLatin1(lines.first().trimmed()));
            return State::Invalid;
        }
        request.method = requestLine[0];
        request.target = requestLine[1];
        request.version = requestLine[2];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                m_error = QStringLiteral("malformed header line \"%1\"")
                                  .arg(QString::fromLatin1(line));
                return State::Invalid;
            }
            request.headers.append(
                    {line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
        }
        if (!request.header("transfer-encoding").isEmpty()) {
            m_error = QStringLiteral(
                    "chunked request bodies are not supported; send Content-Length");
            return State::Invalid;
        }
        const QByteArray length = request.header("content-length");
        bool ok = true;
        m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (!ok || m_bodyLength < 0 || m_bodyLength > MaxBodyBytes) {
            m_error = QStringLiteral("bad Content-Length \"%1\"").arg(QString::fromLatin1(length));
            return State::Invalid;
        }
        m_pending = std::move(request);
    }

    if (m_buffer.size() < m_bodyLength)
        return State::NeedMore;
    m_pending->body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_ready = std::move(m_pending);
    m_pending.reset();
    return State::Complete;
}

HttpRequest HttpRequestReader::takeRequest()
{
    HttpRequest request = std::move(*m_ready);
    m_ready.reset();
    return request;
}

QByteArray HttpResponse::head(qsizetype claimedBodyLength) const
{
    QByteArray out
            = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(claimedBodyLength) + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    return out;
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace ipam::test
