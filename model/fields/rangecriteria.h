#pragma once

#include "address/parsed.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace ipam {

// The criteria of an IP address range group: which ranges belong to it, over range properties
// and custom fields of ranges. Text an admin types (and a stored group holds), so parsed by
// one function that names what is wrong:
//
//     criteria := clause { ("AND" | "OR") clause }      AND binds tighter than OR
//     clause   := name op value
//     op       := "=" | "!=" | "~" (contains, without regard to case)
//     name, value := a word, or "a quoted text" ("" inside for a quote)
//
// e.g. `"Managed by Service" = VMM AND Owner ~ ops OR Site = East`. Empty text selects every
// range. Comparisons ignore case; a multi-valued field matches "=" if any value does.
class RangeCriteria
{
public:
    enum class Op { Equals, NotEquals, Contains };
    struct Clause
    {
        QString name;
        Op op = Op::Equals;
        QString value;
    };

    static Parsed<RangeCriteria> parse(QStringView text);

    bool isEmpty() const { return m_anyOf.isEmpty(); }
    // Every name the clauses use, once each, in order.
    QStringList names() const;
    // `valueOf(name)` gives the range's values of a property or field.
    bool matches(const std::function<QStringList(const QString &name)> &valueOf) const;
    // The criteria written back in the grammar's canonical form.
    QString toString() const;

    const QList<QList<Clause>> &alternatives() const { return m_anyOf; }

private:
    QList<QList<Clause>> m_anyOf; // OR of ANDs
};

} // namespace ipam
