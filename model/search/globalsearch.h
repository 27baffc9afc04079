#pragma once

#include "domain/entities.h"
#include "search/searchtext.h"

#include <QList>
#include <QVariantList>

namespace ipam {

class Store;

// One object global search found, as read from the store.
struct SearchHit
{
    AnyObject object;
    ObjectKind kind() const { return kindOf(object); }
    ObjectId id() const { return storedPart(object).id; }
    // What the admin recognizes it by: the prefix of a block or subnet, a range's
    // "first-last", an address, a container's name.
    QString title() const;
    // The rest worth showing in one line: name, device name, MAC, owner, description.
    QString detail() const;
    // The address space it lives in (its own id for a space; 0 for a network site).
    ObjectId spaceId() const;
};

struct SearchResults
{
    QList<SearchHit> hits;       // grouped by kind (ObjectKind order), most specific first
    QList<ObjectKind> truncated; // kinds that had more hits than the limit
    QString error;               // the text could not be searched (SearchText::error), or SQL
    // The needle was shorter than a trigram: only spaces, logical networks, sites and VM
    // networks were searched (a scan of millions of rows per keystroke would stall the console).
    bool tooShortForObjects = false;
};

// Finds objects anywhere in the store, in every address space: IPAM's console search and
// `ipamctl search` (see SearchText for what a query can be).
//
// - "contains" (an address or a prefix): per address space, the most specific block that holds
//   it, the subnet that holds it (subnets of a space never overlap, so it is the one starting
//   nearest below: one O(log n) index probe), that subnet's ranges that hold it, and for an
//   address its address records. A few index probes per space, whatever the store's size.
// - text: names, device names, owners, descriptions, RIRs and MACs, through the trigram indexes
//   of schema version 10 (store/searchschema.h): SQLite's FTS5 trigram tables, PostgreSQL's
//   pg_trgm GIN indexes; both answer a substring in time proportional to its matches rather
//   than to the table. Needles of one or two characters have no trigram: they search only the
//   small tables (a scan of 10,000,000 addresses took 48 s: no answer for a keystroke).
//   Spaces, logical networks, sites and VM networks (small tables) are matched by name with
//   LIKE.
//
// Visibility (RBAC): on PostgreSQL the database shows each login only what it may see (row
// security); on SQLite the caller passes the visible-scopes condition (setVisibleCondition),
// which every query adds.
class GlobalSearch
{
public:
    explicit GlobalSearch(Store &store);

    // An SQL condition over the kinds' access_scope_id (AccessControlTables::visibleCondition);
    // empty: everything.
    void setVisibleCondition(const QString &where, const QVariantList &binds);
    // Hits per kind at most (default 200); more are counted in SearchResults::truncated.
    void setLimit(int perKind) { m_limit = perKind; }
    int limit() const { return m_limit; }

    SearchResults find(const SearchText &text);
    SearchResults find(const QString &text) { return find(SearchText::parse(text)); }

private:
    template<typename T>
    QList<T> select(QString where, QVariantList binds, const QString &orderBy);
    template<typename T>
    void appendText(const SearchText &text, SearchResults &results);
    void findContaining(const AddressRange &range, bool single, SearchResults &results);
    void findText(const SearchText &text, SearchResults &results);

    Store &m_store;
    QString m_visible;
    QVariantList m_visibleBinds;
    int m_limit = 200;
};

} // namespace ipam
