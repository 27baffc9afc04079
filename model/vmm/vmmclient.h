#pragma once

#include "address/parsed.h"
#include "vmm/odatametadata.h"
#include "vmm/odatapage.h"
#include "vmm/vmmsynctypes.h"

#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <memory>

class QNetworkAccessManager;
class QNetworkRequest;

namespace ipam {

// One answer of the VMM REST service. `status` is the HTTP status (0 when no answer came:
// refused, dropped, timed out, cancelled); `error` is empty on success, else one line with the
// service's own message (odata.error) or what went wrong on the wire.
struct VmmReply
{
    int status = 0;
    QJsonObject entity;   // the entity a POST (or GET of one) answered, unwrapped from "d"
    QJsonObject document; // the whole answer, as parsed (not for a set's pages)
    ODataPage page;       // a set's page, scanned (VmmClient::fetchSet)
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty(); }
    // The service says it does not do this at all (405 Method Not Allowed, 501 Not Implemented).
    bool notSupported() const { return status == 405 || status == 501; }
};

struct VmmSetReply
{
    QList<QByteArray> pages;        // as sent
    QList<QByteArrayView> entities; // every page's entities' JSON text, into `pages`
    QString error;
    bool cancelled = false;
    bool ok() const { return error.isEmpty(); }
};

// The service's $metadata as fetched: read, not served (SPF's WCF Data Services always serves
// it, but a proxy or another service may not: a 4xx, or something not EDMX), or failed (no
// answer, 401, 5xx: the run cannot go on either).
struct VmmMetadataReply
{
    enum class State { Read, NotServed, Failed };
    State state = State::Failed;
    ODataMetadata metadata;
    QString message; // why not read
};

// HTTP(S)/JSON client of System Center SPF's VMM OData service, over QNetworkAccessManager.
// Blocking calls (a local event loop per request) so the sync engine reads as a sequence; run
// it on a worker thread. Reads both JSON answer shapes ({"value": [...], "odata.nextLink"} and
// verbose {"d": {"results": [...], "__next"}}), follows every page of a set (relative or
// absolute next links), and retries what may pass on a second try (5xx but 501, timeouts,
// dropped connections, truncated or malformed JSON) a bounded number of times with a doubling
// pause. POST is never retried: a create whose answer was lost may have happened, and the
// next sync adopts it by name rather than creating it twice. User and password go through
// QAuthenticator, which answers the service's challenge in its scheme (Basic, NTLM,
// Negotiate: SPF sits behind IIS with either); HTTPS trusts the system's CA store plus
// VmmSyncOptions::caFile, or the pinned certificate (pinnedSha256).
class VmmClient
{
public:
    VmmClient(const VmmSyncOptions &options, const std::atomic<bool> *cancelled);
    ~VmmClient();

    // The service document (GET of the service root): the entity sets the service offers.
    // An error names the URL and why (HTTP status, Atom instead of JSON, not a list).
    Parsed<QStringList> fetchServiceDocument();
    // GET {base}/$metadata with Accept: application/xml (WCF Data Services answers $metadata
    // only in XML).
    VmmMetadataReply fetchMetadata();
    // Every page of the set; with a stamp, only its entities ($filter=StampId eq guid'...',
    // as SPF's clients scope a service that serves several VMM servers).
    VmmSetReply fetchSet(const QString &set, const QUuid &stampId = {});
    VmmReply fetchOne(const QString &set, const QUuid &id, const QUuid &stampId);
    VmmReply create(const QString &set, const QJsonObject &entity); // POST
    VmmReply replace(const QString &set, const QUuid &id, const QUuid &stampId,
                     const QJsonObject &entity); // PUT
    VmmReply merge(const QString &set, const QUuid &id, const QUuid &stampId,
                   const QJsonObject &changes);                                 // MERGE
    VmmReply remove(const QString &set, const QUuid &id, const QUuid &stampId); // DELETE

    // {base}/<set>(ID=guid'...',StampId=guid'...')
    QUrl entityUrl(const QString &set, const QUuid &id, const QUuid &stampId) const;
    QUrl setUrl(const QString &set) const;

    // Counts for the report and benchmarks.
    int requestsSent() const { return m_requests; }

    // What the admin should know about how this client authenticated, once each: NTLM or
    // Basic over plain http ("... over plain http: ... use https"). See send().
    const QStringList &warnings() const { return m_warnings; }

    // The scheme QAuthenticator answers a challenge of these WWW-Authenticate values in (Qt
    // 6: Digest, then NTLM, then Negotiate, then Basic; Negotiate needs a Kerberos ticket, so
    // beside NTLM it is NTLM), as the admin reads it ("NTLM", "Basic"); empty if none.
    static QString answeredScheme(const QByteArray &wwwAuthenticate);

private:
    struct Raw
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray wwwAuthenticate; // of a 401, its values joined by ", "
        QString error;              // transport
        bool timedOut = false;
        bool cancelled = false;
    };
    Raw send(const QByteArray &method, const QUrl &url, const QByteArray &body,
             const QByteArray &accept = "application/json");
    Raw sendOnce(const QByteArray &method, const QUrl &url, const QByteArray &body,
                 const QByteArray &accept);
    // " (HTTP 401): ..." for an answer of 400 or more: the service's message, or for a 401
    // who was refused, where, and in which scheme.
    QString statusText(const Raw &raw, const QUrl &url) const;
    // `setPage`: the answer is a page of a set, scanned (not parsed) into VmmReply::page.
    VmmReply request(const QByteArray &method, const QUrl &url, const QJsonObject *body, bool retry,
                     bool setPage = false);
    QNetworkRequest makeRequest(const QUrl &url, bool hasBody, const QByteArray &accept) const;
    bool pinMatches(const QSslCertificate &certificate) const;
    bool pause(int ms);

    VmmSyncOptions m_options;
    QString m_base;       // without a trailing slash
    QString m_setupError; // a CA file that cannot be read: every request fails with it
    QByteArray m_pin;     // lower-case hex, no colons
    QList<QSslCertificate> m_caCertificates;
    const std::atomic<bool> *m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_requests = 0;
    bool m_declineChallenge = false; // the probe in send(): let a 401 through unanswered
    bool m_probed = false;
    QStringList m_warnings;
};

// The message of an OData error answer, in either shape; empty if the body is not one.
QString odataErrorMessage(const QByteArray &body);

} // namespace ipam
