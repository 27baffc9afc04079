#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ipam {

// An access scope: a node of the tree rooted at Global. Every address-space object lies in
// exactly one scope; a policy granted in a scope reaches its whole subtree.
struct AccessScope
{
    static constexpr ObjectId globalId = 1; // the first row of access_scope, made by the schema
    static inline const QString globalName = QStringLiteral("Global");
    static constexpr QChar separator = QLatin1Char('/');

    ObjectId id = 0;
    ObjectId parentId = 0; // 0 for Global only
    QString name;
    QString description;

    bool isGlobal() const { return id == globalId; }
};

// The scope tree in memory, for paths ("Global/East/Dublin") and ancestry. Built from the rows
// of access_scope in one read; a check walks from an object's scope to the root, which is a
// few hash lookups (trees are shallow).
class AccessScopeTree
{
public:
    AccessScopeTree() = default;
    explicit AccessScopeTree(const QList<AccessScope> &scopes);

    bool contains(ObjectId id) const { return m_scopes.contains(id); }
    int size() const { return int(m_scopes.size()); }
    const AccessScope *scope(ObjectId id) const;
    QList<AccessScope> scopes() const; // in path order (parents before children)
    QList<ObjectId> children(ObjectId id) const { return m_children.value(id); }
    // The scope and all its descendants, parents before children.
    QList<ObjectId> subtree(ObjectId id) const;

    QString path(ObjectId id) const; // "" for an unknown id
    std::optional<ObjectId> idForPath(QStringView path) const;
    // True when `ancestor` is `id` itself or lies on its way to Global.
    bool isWithin(ObjectId id, ObjectId ancestor) const;

    // Path syntax: names separated by '/', starting at Global; "East" alone means
    // "Global/East", and IPAM's "\Global\East" is accepted too.
    static QStringList splitPath(QStringView path);

private:
    QHash<ObjectId, AccessScope> m_scopes;
    QHash<ObjectId, QList<ObjectId>> m_children;
};

} // namespace ipam
