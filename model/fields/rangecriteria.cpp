#include "rangecriteria.h"

#include "domain/printabletext.h"

#include <QCoreApplication>

namespace ipam {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxCriteriaLength = 4096;

struct Token
{
    enum Kind { Word, Quoted, Op, End } kind = End;
    QString text;
    qsizetype at = 0;
};

class Lexer
{
public:
    explicit Lexer(QStringView text)
        : m_text(text)
    { }

    // One token, or a failure naming the position.
    Parsed<Token> next()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        Token token;
        token.at = m_pos;
        if (m_pos >= m_text.size())
            return token;
        const QChar c = m_text.at(m_pos);
        if (c == u'"') {
            token.kind = Token::Quoted;
            ++m_pos;
            for (;;) {
                if (m_pos >= m_text.size())
                    return Parsed<Token>::failure(
                            QCoreApplication::translate("ipam::RangeCriteria",
                                                        "the quote at character %1 is not closed")
                                    .arg(token.at + 1));
                const QChar q = m_text.at(m_pos++);
                if (q == u'"') {
                    if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                        token.text += u'"';
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                token.text += q;
            }
            return token;
        }
        if (c == u'=' || c == u'~') {
            token.kind = Token::Op;
            token.text = c;
            ++m_pos;
            return token;
        }
        if (c == u'!') {
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'=') {
                token.kind = Token::Op;
                token.text = u"!="_s;
                m_pos += 2;
                return token;
            }
            return Parsed<Token>::failure(
                    QCoreApplication::translate("ipam::RangeCriteria",
                                                "'!' at character %1 must be followed by '='")
                            .arg(m_pos + 1));
        }
        token.kind = Token::Word;
        while (m_pos < m_text.size()) {
            const QChar w = m_text.at(m_pos);
            if (w.isSpace() || w == u'=' || w == u'~' || w == u'!' || w == u'"')
                break;
            token.text += w;
            ++m_pos;
        }
        return token;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

bool isKeyword(const Token &t, QStringView word)
{
    return t.kind == Token::Word && t.text.compare(word, Qt::CaseInsensitive) == 0;
}

QString quotedIfNeeded(const QString &text)
{
    bool plain = !text.isEmpty();
    for (QChar c : text)
        plain = plain && !c.isSpace() && c != u'=' && c != u'~' && c != u'!' && c != u'"';
    if (plain && text.compare(u"and"_s, Qt::CaseInsensitive) != 0
        && text.compare(u"or"_s, Qt::CaseInsensitive) != 0)
        return text;
    QString escaped = text;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

Parsed<RangeCriteria> RangeCriteria::parse(QStringView text)
{
    using Result = Parsed<RangeCriteria>;
    RangeCriteria criteria;
    if (text.size() > maxCriteriaLength)
        return Result::failure(QCoreApplication::translate("ipam::RangeCriteria",
                                                           "criteria are longer than %1 characters")
                                       .arg(maxCriteriaLength));
    if (const qsizetype bad = firstUnsafeCharacter(text); bad >= 0)
        return Result::failure(QCoreApplication::translate(
                                       "ipam::RangeCriteria",
                                       "criteria hold the control character %1 at character %2")
                                       .arg(codePointName(text.at(bad).unicode()))
                                       .arg(bad + 1));
    Lexer lexer(text);
    QList<Clause> all;
    for (;;) {
        Parsed<Token> name = lexer.next();
        if (!name)
            return Result::failure(name.error());
        if (name.value().kind == Token::End) {
            if (all.isEmpty() && criteria.m_anyOf.isEmpty())
                return criteria; // empty text: every range
            return Result::failure(QCoreApplication::translate(
                    "ipam::RangeCriteria",
                    "the criteria end after AND/OR; a condition must follow"));
        }
        if (name.value().kind == Token::Op || isKeyword(name.value(), u"and")
            || isKeyword(name.value(), u"or"))
            return Result::failure(
                    QCoreApplication::translate("ipam::RangeCriteria",
                                                "a name is expected at character %1, not \"%2\"")
                            .arg(name.value().at + 1)
                            .arg(printableText(name.value().text)));
        if (name.value().text.trimmed().isEmpty())
            return Result::failure(QCoreApplication::translate("ipam::RangeCriteria",
                                                               "the name at character %1 is empty")
                                           .arg(name.value().at + 1));
        Parsed<Token> op = lexer.next();
        if (!op)
            return Result::failure(op.error());
        if (op.value().kind != Token::Op)
            return Result::failure(QCoreApplication::translate(
                                           "ipam::RangeCriteria",
                                           "after \"%1\" an operator (=, != or ~) is expected at "
                                           "character %2")
                                           .arg(printableText(name.value().text))
                                           .arg(op.value().at + 1));
        Parsed<Token> value = lexer.next();
        if (!value)
            return Result::failure(value.error());
        if (value.value().kind == Token::End || value.value().kind == Token::Op)
            return Result::failure(QCoreApplication::translate(
                                           "ipam::RangeCriteria",
                                           "after \"%1 %2\" a value is expected at character %3")
                                           .arg(printableText(name.value().text), op.value().text)
                                           .arg(value.value().at + 1));
        Clause clause;
        clause.name = name.value().text.trimmed();
        clause.op = op.value().text == u"="_s ? Op::Equals
                : op.value().text == u"~"_s   ? Op::Contains
                                              : Op::NotEquals;
        clause.value = value.value().text;
        all.append(clause);
        Parsed<Token> join = lexer.next();
        if (!join)
            return Result::failure(join.error());
        if (join.value().kind == Token::End) {
            criteria.m_anyOf.append(all);
            return criteria;
        }
        if (isKeyword(join.value(), u"or")) {
            criteria.m_anyOf.append(std::exchange(all, {}));
            continue;
        }
        if (!isKeyword(join.value(), u"and"))
            return Result::failure(
                    QCoreApplication::translate("ipam::RangeCriteria",
                                                "AND or OR is expected at character %1, not \"%2\"")
                            .arg(join.value().at + 1)
                            .arg(printableText(join.value().text)));
    }
}

QStringList RangeCriteria::names() const
{
    QStringList names;
    for (const QList<Clause> &all : m_anyOf) {
        for (const Clause &c : all) {
            if (!names.contains(c.name, Qt::CaseInsensitive))
                names.append(c.name);
        }
    }
    return names;
}

bool RangeCriteria::matches(const std::function<QStringList(const QString &name)> &valueOf) const
{
    if (m_anyOf.isEmpty())
        return true;
    for (const QList<Clause> &all : m_anyOf) {
        bool holds = true;
        for (const Clause &c : all) {
            const QStringList values = valueOf(c.name);
            bool any = false;
            for (const QString &v : values) {
                any = any
                        || (c.op == Op::Contains ? v.contains(c.value, Qt::CaseInsensitive)
                                                 : v.compare(c.value, Qt::CaseInsensitive) == 0);
            }
            if (values.isEmpty() && c.op != Op::Contains)
                any = c.value.isEmpty();
            holds = holds && (c.op == Op::NotEquals ? !any : any);
            if (!holds)
                break;
        }
        if (holds)
            return true;
    }
    return false;
}

QString RangeCriteria::toString() const
{
    QStringList alternatives;
    for (const QList<Clause> &all : m_anyOf) {
        QStringList clauses;
        for (const Clause &c : all) {
            const QString op = c.op == Op::Equals ? u"="_s
                    : c.op == Op::Contains        ? u"~"_s
                                                  : u"!="_s;
            clauses.append(u"%1 %2 %3"_s.arg(quotedIfNeeded(c.name), op, quotedIfNeeded(c.value)));
        }
        alternatives.append(clauses.join(u" AND "_s));
    }
    return alternatives.join(u" OR "_s);
}

} // namespace ipam
