#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ipam {

// One page of an OData entity set as the service sent it: where each entity's JSON text lies
// in the page, and the next page's link. Found by a scan that validates the whole page as JSON
// but builds no values. Why not QJsonDocument: a re-sync of 100,000 entities finds nearly all
// of them unchanged by hashing their bytes (vmm::entityFingerprint) and never needs their
// values; parsing 30 MB into QJsonObjects first was most of its time.
struct ODataPage
{
    QByteArray bytes;
    QList<QByteArrayView> entities; // into `bytes`: each an object's text, braces included
    QString nextLink;               // "odata.nextLink", "@odata.nextLink" or "d.__next"
    // Empty when the page was read. `malformed`: not JSON at all (truncated, garbled): worth
    // asking again; otherwise JSON of the wrong shape (no entity list, an entry that is not
    // an object): the service would answer the same.
    QString error;
    bool malformed = false;
};

// Accepts both answer shapes: light {"value": [...], "odata.nextLink": "..."} and verbose
// {"d": {"results": [...], "__next": "..."}} (or OData v1's {"d": [...]}).
ODataPage scanODataPage(QByteArray bytes);

} // namespace ipam
