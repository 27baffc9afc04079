#include "accessscope.h"

#include <algorithm>
#include <functional>

namespace ipam {

AccessScopeTree::AccessScopeTree(const QList<AccessScope> &scopes)
{
    for (const AccessScope &scope : scopes) {
        m_scopes.insert(scope.id, scope);
        if (scope.parentId != 0)
            m_children[scope.parentId].append(scope.id);
    }
    for (QList<ObjectId> &list : m_children) {
        std::sort(list.begin(), list.end(), [this](ObjectId a, ObjectId b) {
            return m_scopes.value(a).name.compare(m_scopes.value(b).name, Qt::CaseInsensitive) < 0;
        });
    }
}

const AccessScope *AccessScopeTree::scope(ObjectId id) const
{
    auto it = m_scopes.constFind(id);
    return it == m_scopes.constEnd() ? nullptr : &it.value();
}

QList<ObjectId> AccessScopeTree::subtree(ObjectId id) const
{
    QList<ObjectId> result;
    if (!contains(id))
        return result;
    result.append(id);
    for (qsizetype i = 0; i < result.size(); ++i)
        result.append(m_children.value(result.at(i)));
    return result;
}

QList<AccessScope> AccessScopeTree::scopes() const
{
    QList<AccessScope> result;
    // Depth first from Global, children by name: the order of a tree view and of `scope list`.
    std::function<void(ObjectId)> visit = [&](ObjectId id) {
        result.append(m_scopes.value(id));
        for (ObjectId child : m_children.value(id))
            visit(child);
    };
    if (contains(AccessScope::globalId))
        visit(AccessScope::globalId);
    return result;
}

QString AccessScopeTree::path(ObjectId id) const
{
    QStringList names;
    // Bounded by the number of scopes, so a corrupt cycle cannot hang a check.
    for (qsizetype guard = 0; id != 0 && guard <= m_scopes.size(); ++guard) {
        const AccessScope *s = scope(id);
        if (!s)
            return QString();
        names.prepend(s->name);
        id = s->parentId;
    }
    return names.join(AccessScope::separator);
}

QStringList AccessScopeTree::splitPath(QStringView path)
{
    QString text = path.trimmed().toString();
    text.replace(QLatin1Char('\\'), AccessScope::separator);
    QStringList parts;
    for (const QString &part : text.split(AccessScope::separator, Qt::SkipEmptyParts))
        parts.append(part.trimmed());
    if (parts.isEmpty()
        || parts.constFirst().compare(AccessScope::globalName, Qt::CaseInsensitive) != 0)
        parts.prepend(AccessScope::globalName);
    return parts;
}

std::optional<ObjectId> AccessScopeTree::idForPath(QStringView path) const
{
    const QStringList parts = splitPath(path);
    if (!contains(AccessScope::globalId))
        return std::nullopt;
    ObjectId id = AccessScope::globalId;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        std::optional<ObjectId> next;
        for (ObjectId child : m_children.value(id)) {
            if (m_scopes.value(child).name.compare(parts.at(i), Qt::CaseInsensitive) == 0) {
                next = child;
                break;
            }
        }
        if (!next)
            return std::nullopt;
        id = *next;
    }
    return id;
}

bool AccessScopeTree::isWithin(ObjectId id, ObjectId ancestor) const
{
    for (qsizetype guard = 0; id != 0 && guard <= m_scopes.size(); ++guard) {
        if (id == ancestor)
            return true;
        const AccessScope *s = scope(id);
        if (!s)
            return false;
        id = s->parentId;
    }
    return false;
}

} // namespace ipam
