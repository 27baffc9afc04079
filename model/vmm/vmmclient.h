#pragma once

#include "address/parsed.h"
#include "vmm/odatapage.h"
#include "vmm/vmmsynctypes.h"

#include <QJsonObject>
#include <QList>
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

// HTTP(S)/JSON client of System Center SPF's VMM OData service, over QNetworkAccessManager.
// Blocking calls (a local event loop per request) so the sync engine reads as a sequence; run
// it on a worker thread. Reads both JSON answer shapes ({"value": [...], "odata.nextLink"} and
// verbose {"d": {"results": [...], "__next"}}), follows every page of a set (relative or
// absolute next links), and retries what may pass on a second try (5xx but 501, timeouts,
// dropped connections, truncated or malformed JSON) a bounded number of times with a doubling
// pause. POST is never retried: a create whose answer was lost may have happened, and the
// next sync adopts it by name rather than creating it twice.
class VmmClient
{
public:
    VmmClient(const VmmSyncOptions &options, const std::atomic<bool> *cancelled);
    ~VmmClient();

    // The service document (GET of the service root): the entity sets the service offers.
    // An error names the URL and why (HTTP status, Atom instead of JSON, not a list).
    Parsed<QStringList> fetchServiceDocument();
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

private:
    struct Raw
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QString error; // transport
        bool timedOut = false;
        bool cancelled = false;
    };
    Raw send(const QByteArray &method, const QUrl &url, const QByteArray &body);
    // `setPage`: the answer is a page of a set, scanned (not parsed) into VmmReply::page.
    VmmReply request(const QByteArray &method, const QUrl &url, const QJsonObject *body, bool retry,
                     bool setPage = false);
    QNetworkRequest makeRequest(const QUrl &url, bool hasBody) const;
    bool pause(int ms);

    VmmSyncOptions m_options;
    QString m_base; // without a trailing slash
    const std::atomic<bool> *m_cancelled;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_requests = 0;
};

// The message of an OData error answer, in either shape; empty if the body is not one.
QString odataErrorMessage(const QByteArray &body);

} // namespace ipam
