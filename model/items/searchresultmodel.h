#pragma once

#include "search/globalsearch.h"

#include <QAbstractItemModel>
#include <QHash>

namespace ipam {

// Global search's results as the search dialog lists them: one top row per kind of object
// ("Subnets (3)"), in ObjectKind order, and under it the hits in the order GlobalSearch gave
// (most specific first); columns Object, Address Space, Details. Rows answer
// ItemRole::ObjectId and ItemRole::ObjectKind; hit(index) gives the object as read.
//
// A new query or a change applied to the console replaces the results: a model reset when the
// kinds or hits differ, dataChanged when only their contents do (the same objects edited).
class SearchResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ObjectColumn, SpaceColumn, DetailsColumn, ColumnCount };

    explicit SearchResultModel(QObject *parent = nullptr);

    // `spaceNames`: the address spaces' names by id (for the Address Space column).
    void setResults(const SearchResults &results, const QHash<ObjectId, QString> &spaceNames);
    void clear();

    int hitCount() const { return int(m_hits.size()); }
    const SearchHit *hit(const QModelIndex &index) const;
    // The first hit (what Enter in the search box goes to), or an invalid index.
    QModelIndex firstHit() const;
    // Plural titles of the kinds ("Subnets").
    static QString kindTitle(ObjectKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        ObjectKind kind;
        int first = 0; // into m_hits
        int count = 0;
        bool truncated = false;
    };

    QList<SearchHit> m_hits;
    QList<Group> m_groups;
    QHash<ObjectId, QString> m_spaceNames;
};

} // namespace ipam
