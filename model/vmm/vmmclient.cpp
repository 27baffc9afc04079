#include "vmmclient.h"

#include "vmm/odataservice.h"
#include "vmm/vmmtrust.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

QString guidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A page cap far beyond any real set: a service that keeps sending next links is broken.
constexpr int maxPages = 1000000;

} // namespace

QString odataErrorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return QString();
    // Light: {"odata.error": {...}}; verbose: {"error": {...}}; message as {"value": "..."} or
    // a plain string.
    QJsonObject error = doc.object().value("odata.error"_L1).toObject();
    if (error.isEmpty())
        error = doc.object().value("error"_L1).toObject();
    const QJsonValue message = error.value("message"_L1);
    if (message.isString())
        return message.toString();
    return message.toObject().value("value"_L1).toString();
}

VmmClient::VmmClient(const VmmSyncOptions &options, const std::atomic<bool> *cancelled)
    : m_options(options)
    , m_base(options.baseUrl.toString(QUrl::StripTrailingSlash))
    , m_cancelled(cancelled)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    // Every request is a fresh question: never answered from a cache.
    m_network->setAutoDeleteReplies(false);
    m_pin = vmmtrust::normalizedPin(options.pinnedSha256).toLatin1();
    if (!options.caFile.isEmpty()) {
        m_setupError = vmmtrust::checkCaFile(options.caFile);
        m_caCertificates = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
    }
    // The service's challenge, answered in its own scheme by QAuthenticator (Basic, NTLM or
    // Negotiate), once per request: wrong credentials end in a 401, not in a loop.
    QObject::connect(m_network.get(), &QNetworkAccessManager::authenticationRequired,
                     m_network.get(), [this](QNetworkReply *reply, QAuthenticator *auth) {
                         const VmmCredentials &c = m_options.credentials;
                         if (c.user.isEmpty() || m_declineChallenge
                             || reply->property("ipamAuthTried").toBool())
                             return;
                         reply->setProperty("ipamAuthTried", true);
                         auth->setUser(c.user);
                         auth->setPassword(c.password);
                     });
}

bool VmmClient::pinMatches(const QSslCertificate &certificate) const
{
    return !certificate.isNull() && certificate.digest(QCryptographicHash::Sha256).toHex() == m_pin;
}

VmmClient::~VmmClient() = default;

QUrl VmmClient::setUrl(const QString &set) const
{
    return QUrl(m_base + u'/' + set);
}

QUrl VmmClient::entityUrl(const QString &set, const QUuid &id, const QUuid &stampId) const
{
    return QUrl(u"%1/%2(ID=guid'%3',StampId=guid'%4')"_s.arg(m_base, set, guidText(id),
                                                             guidText(stampId)));
}

QNetworkRequest VmmClient::makeRequest(const QUrl &url, bool hasBody,
                                       const QByteArray &accept) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept);
    request.setRawHeader("DataServiceVersion", "3.0");
    request.setRawHeader("MaxDataServiceVersion", "3.0");
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    const VmmCredentials &c = m_options.credentials;
    if (!c.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + c.bearerToken.toUtf8());
    if (request.url().scheme() == "https"_L1) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration(); // the system's CAs
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

bool VmmClient::pause(int ms)
{
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && *m_cancelled)
            loop.quit();
    });
    done.start(ms);
    poll.start(20);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return !(m_cancelled && *m_cancelled);
}

QString VmmClient::answeredScheme(const QByteArray &wwwAuthenticate)
{
    bool basic = false;
    bool ntlm = false;
    bool negotiate = false;
    bool digest = false;
    // "Negotiate, NTLM, Basic realm=\"x\"": a scheme is a token at the start of a challenge.
    for (const QByteArray &part : wwwAuthenticate.split(',')) {
        const QByteArray token = part.trimmed().split(' ').value(0).toLower();
        basic = basic || token == "basic";
        ntlm = ntlm || token == "ntlm";
        negotiate = negotiate || token == "negotiate";
        digest = digest || token == "digest";
    }
    if (digest)
        return u"Digest"_s;
    if (ntlm)
        return u"NTLM"_s;
    if (negotiate)
        return u"Negotiate"_s;
    return basic ? u"Basic"_s : QString();
}

// Over plain http, the first request that meets a challenge is let through unanswered once:
// its 401 says which scheme the service asks for, so the admin is told before the password
// is used in it (NTLM: a response that can be captured and attacked offline; Basic: the
// password itself, readable). Over https nothing is probed.
VmmClient::Raw VmmClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               const QByteArray &accept)
{
    const VmmCredentials &c = m_options.credentials;
    if (m_probed || url.scheme() != "http"_L1 || c.user.isEmpty() || !c.bearerToken.isEmpty())
        return sendOnce(method, url, body, accept);
    m_probed = true;
    m_declineChallenge = true;
    const Raw probe = sendOnce(method, url, body, accept);
    m_declineChallenge = false;
    if (probe.status != 401)
        return probe;
    const QString scheme = answeredScheme(probe.wwwAuthenticate);
    const QString where = m_options.baseUrl.toString(QUrl::RemoveUserInfo);
    if (scheme == "NTLM"_L1 || scheme == "Negotiate"_L1)
        m_warnings.append(QCoreApplication::translate(
                                  "ipam::VmmSync",
                                  "%1 asks for Windows authentication (%2) over plain http: the "
                                  "NTLM exchange can be captured and the password of %3 "
                                  "attacked offline, and nothing that follows is protected; "
                                  "use https")
                                  .arg(where, scheme, c.user));
    else if (scheme == "Basic"_L1)
        m_warnings.append(QCoreApplication::translate(
                                  "ipam::VmmSync",
                                  "%1 asks for Basic authentication over plain http: the "
                                  "password of %2 travels readable by anyone on the path; "
                                  "use https")
                                  .arg(where, c.user));
    return sendOnce(method, url, body, accept);
}

VmmClient::Raw VmmClient::sendOnce(const QByteArray &method, const QUrl &url,
                                   const QByteArray &body, const QByteArray &accept)
{
    Raw raw;
    if (m_cancelled && *m_cancelled) {
        raw.cancelled = true;
        raw.error = u"cancelled"_s;
        return raw;
    }
    if (!m_setupError.isEmpty()) {
        raw.error = m_setupError;
        return raw;
    }
    ++m_requests;
    const QNetworkRequest request = makeRequest(url, method != "GET" && method != "DELETE", accept);
    QNetworkReply *reply = nullptr;
    if (method == "GET")
        reply = m_network->get(request);
    else if (method == "DELETE")
        reply = m_network->deleteResource(request);
    else if (method == "POST")
        reply = m_network->post(request, body);
    else if (method == "PUT")
        reply = m_network->put(request, body);
    else
        reply = m_network->sendCustomRequest(request, method, body);
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
            reply, [](QNetworkReply *r) { r->deleteLater(); });

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        raw.timedOut = true;
        reply->abort();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_cancelled && *m_cancelled) {
            raw.cancelled = true;
            reply->abort();
        }
    });
    QString pinError;
    if (!m_pin.isEmpty()) {
        // The pinned certificate is trusted whoever signed it; any other is refused, however
        // well signed.
        QObject::connect(reply, &QNetworkReply::sslErrors, &loop,
                         [&](const QList<QSslError> &errors) {
                             if (pinMatches(reply->sslConfiguration().peerCertificate()))
                                 reply->ignoreSslErrors(errors);
                         });
        QObject::connect(reply, &QNetworkReply::encrypted, &loop, [&] {
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (!pinMatches(peer)) {
                pinError = QCoreApplication::translate("ipam::VmmSync",
                                                       "the service's certificate (SHA-256 %1) is "
                                                       "not the pinned one (%2)")
                                   .arg(QString::fromLatin1(
                                                peer.digest(QCryptographicHash::Sha256).toHex()),
                                        QString::fromLatin1(m_pin));
                reply->abort();
            }
        });
    }
    deadline.start(m_options.timeoutMs);
    poll.start(50);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.contentType = reply->rawHeader("Content-Type");
    if (raw.status == 401)
        raw.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    if (reply->isOpen())
        raw.body = reply->readAll();
    if (raw.cancelled) {
        raw.error = u"cancelled"_s;
    } else if (!pinError.isEmpty()) {
        raw.status = 0;
        raw.error = pinError;
    } else if (raw.timedOut) {
        raw.status = 0;
        raw.error = QCoreApplication::translate("ipam::VmmSync", "no answer within %1 ms")
                            .arg(m_options.timeoutMs);
    } else if (raw.status == 0
               || (reply->error() != QNetworkReply::NoError && reply->error() < 100)) {
        // Connection refused, dropped or cut mid-answer (a truncated body ends up here when
        // the peer announced a longer Content-Length).
        raw.status = 0;
        raw.error = reply->errorString();
    }
    return raw;
}

QString VmmClient::statusText(const Raw &raw, const QUrl &url) const
{
    if (raw.status == 401) {
        // IIS answers 401 itself, with an HTML page: say who was refused where, in which
        // scheme. QAuthenticator answered the challenge once (no retry with the same
        // password): a wrong password ends here.
        const VmmCredentials &c = m_options.credentials;
        const QString scheme = answeredScheme(raw.wwwAuthenticate);
        const QString asks = scheme.isEmpty() ? QString::fromLatin1(raw.wwwAuthenticate) : scheme;
        const QString where = url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (!c.bearerToken.isEmpty())
            return QCoreApplication::translate("ipam::VmmSync",
                                               ": HTTP 401: %1 did not accept the bearer token "
                                               "(it asks for %2)")
                    .arg(where, asks);
        if (!c.user.isEmpty())
            return QCoreApplication::translate("ipam::VmmSync",
                                               ": HTTP 401: %1 did not accept the user %2 with "
                                               "the password given (%3): check the user name "
                                               "(DOMAIN\\user for Windows authentication) and "
                                               "the password")
                    .arg(where, c.user, asks);
        return QCoreApplication::translate("ipam::VmmSync",
                                           ": HTTP 401: %1 requires authentication (%2): give a "
                                           "user and password")
                .arg(where, asks);
    }
    QString message = odataErrorMessage(raw.body);
    if (message.isEmpty())
        message = QString::fromUtf8(raw.body.left(200)).simplified();
    return u": HTTP %1%2"_s.arg(raw.status).arg(message.isEmpty() ? QString() : u": "_s + message);
}

VmmReply VmmClient::request(const QByteArray &method, const QUrl &url, const QJsonObject *body,
                            bool retry, bool setPage)
{
    const QByteArray payload
            = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : QByteArray();
    const int attempts = retry ? std::max(0, m_options.retries) + 1 : 1;
    int delay = std::max(1, m_options.retryDelayMs);
    const QString what = QString::fromLatin1(method) + u' ' + url.toString();
    VmmReply reply;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) {
            if (!pause(delay)) {
                reply.cancelled = true;
                reply.error = u"cancelled"_s;
                return reply;
            }
            delay *= 2;
        }
        const Raw raw = send(method, url, payload);
        reply = VmmReply();
        reply.status = raw.status;
        if (raw.cancelled) {
            reply.cancelled = true;
            reply.error = u"cancelled"_s;
            return reply;
        }
        if (!raw.error.isEmpty()) {
            reply.error = u"%1: %2"_s.arg(what, raw.error);
            continue;
        }
        if (raw.status >= 400) {
            reply.error = what + statusText(raw, url);
            if (raw.status >= 500 && raw.status != 501)
                continue; // the service may recover; 501 means "never"
            return reply;
        }
        if (setPage) {
            reply.page = scanODataPage(raw.body);
            if (reply.page.malformed) {
                reply.error = u"%1: %2"_s.arg(what, reply.page.error);
                continue;
            }
            return reply;
        }
        if (raw.body.trimmed().isEmpty())
            return reply; // 204 No Content
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            reply.error
                    = QCoreApplication::translate("ipam::VmmSync",
                                                  "%1: malformed JSON answer (%2 at byte %3 of %4)")
                              .arg(what)
                              .arg(parseError.error != QJsonParseError::NoError
                                           ? parseError.errorString()
                                           : QCoreApplication::translate("ipam::VmmSync",
                                                                         "not an object"))
                              .arg(parseError.offset)
                              .arg(raw.body.size());
            continue;
        }
        reply.document = doc.object();
        const QJsonValue d = reply.document.value("d"_L1);
        reply.entity = d.isObject() ? d.toObject() : reply.document;
        return reply;
    }
    return reply;
}

Parsed<QStringList> VmmClient::fetchServiceDocument()
{
    const QUrl url(m_base + u'/');
    const QString what = u"GET "_s + url.toString();
    const int attempts = std::max(0, m_options.retries) + 1;
    int delay = std::max(1, m_options.retryDelayMs);
    QString error;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) {
            if (!pause(delay))
                return Parsed<QStringList>::failure(u"cancelled"_s);
            delay *= 2;
        }
        const Raw raw = send("GET", url, {});
        if (raw.cancelled)
            return Parsed<QStringList>::failure(u"cancelled"_s);
        if (!raw.error.isEmpty()) {
            error = u"%1: %2"_s.arg(what, raw.error);
            continue;
        }
        if (raw.status >= 400) {
            error = what + statusText(raw, url);
            if (raw.status >= 500 && raw.status != 501)
                continue;
            break;
        }
        const Parsed<QStringList> sets = parseServiceDocument(raw.body, raw.contentType);
        if (!sets)
            return Parsed<QStringList>::failure(u"%1: %2"_s.arg(what, sets.error()));
        return sets;
    }
    return Parsed<QStringList>::failure(error);
}

VmmMetadataReply VmmClient::fetchMetadata()
{
    const QUrl url(m_base + u"/$metadata"_s);
    const QString what = u"GET "_s + url.toString();
    const int attempts = std::max(0, m_options.retries) + 1;
    int delay = std::max(1, m_options.retryDelayMs);
    VmmMetadataReply reply;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (attempt > 0) {
            if (!pause(delay)) {
                reply.message = u"cancelled"_s;
                return reply;
            }
            delay *= 2;
        }
        const Raw raw = send("GET", url, {}, "application/xml");
        reply = VmmMetadataReply();
        if (raw.cancelled) {
            reply.message = u"cancelled"_s;
            return reply;
        }
        if (!raw.error.isEmpty()) {
            reply.message = u"%1: %2"_s.arg(what, raw.error);
            continue;
        }
        if (raw.status == 401 || (raw.status >= 500 && raw.status != 501)) {
            reply.message = what + statusText(raw, url);
            if (raw.status == 401)
                return reply;
            continue;
        }
        if (raw.status >= 400) {
            reply.state = VmmMetadataReply::State::NotServed;
            reply.message = what + statusText(raw, url);
            return reply;
        }
        Parsed<ODataMetadata> parsed = parseODataMetadata(raw.body);
        if (!parsed) {
            reply.state = VmmMetadataReply::State::NotServed;
            reply.message = u"%1: %2"_s.arg(what, parsed.error());
            return reply;
        }
        reply.state = VmmMetadataReply::State::Read;
        reply.metadata = parsed.value();
        return reply;
    }
    return reply;
}

VmmSetReply VmmClient::fetchSet(const QString &set, const QUuid &stampId)
{
    VmmSetReply result;
    QUrl url = setUrl(set);
    if (!stampId.isNull()) {
        QUrlQuery query;
        query.addQueryItem(u"$filter"_s, u"StampId eq guid'%1'"_s.arg(guidText(stampId)));
        url.setQuery(query);
    }
    QSet<QString> visited;
    for (int page = 0; page < maxPages; ++page) {
        visited.insert(url.toString());
        const VmmReply reply = request("GET", url, nullptr, true, true);
        if (!reply.ok()) {
            result.error = reply.error;
            result.cancelled = reply.cancelled;
            return result;
        }
        const ODataPage &scanned = reply.page;
        if (!scanned.error.isEmpty()) {
            result.error = u"GET %1: %2"_s.arg(url.toString(), scanned.error);
            return result;
        }
        result.pages.append(scanned.bytes); // shares the bytes the views point into
        result.entities.append(scanned.entities);
        const QString &next = scanned.nextLink;
        if (next.isEmpty())
            return result;
        // A next link may be absolute or relative to the page that carried it.
        const QUrl nextUrl = url.resolved(QUrl(next));
        if (!nextUrl.isValid() || visited.contains(nextUrl.toString())) {
            result.error = QCoreApplication::translate(
                                   "ipam::VmmSync", "GET %1: the next link \"%2\" goes nowhere new")
                                   .arg(url.toString(), next);
            return result;
        }
        url = nextUrl;
    }
    result.error = QCoreApplication::translate("ipam::VmmSync", "GET %1: more than %2 pages")
                           .arg(setUrl(set).toString())
                           .arg(maxPages);
    return result;
}

VmmReply VmmClient::fetchOne(const QString &set, const QUuid &id, const QUuid &stampId)
{
    return request("GET", entityUrl(set, id, stampId), nullptr, true);
}

VmmReply VmmClient::create(const QString &set, const QJsonObject &entity)
{
    return request("POST", setUrl(set), &entity, false);
}

VmmReply VmmClient::replace(const QString &set, const QUuid &id, const QUuid &stampId,
                            const QJsonObject &entity)
{
    return request("PUT", entityUrl(set, id, stampId), &entity, true);
}

VmmReply VmmClient::merge(const QString &set, const QUuid &id, const QUuid &stampId,
                          const QJsonObject &changes)
{
    return request("MERGE", entityUrl(set, id, stampId), &changes, true);
}

VmmReply VmmClient::remove(const QString &set, const QUuid &id, const QUuid &stampId)
{
    VmmReply reply = request("DELETE", entityUrl(set, id, stampId), nullptr, true);
    // A retried DELETE whose first answer was lost finds the entity gone: that is success.
    if (reply.status == 404)
        reply.error.clear();
    return reply;
}

} // namespace ipam
