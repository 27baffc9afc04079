#pragma once

#include <QString>
#include <QtGlobal>

#include <type_traits>
#include <utility>
#include <variant>

namespace ipam {

// The result of turning text into a T: either the value, or a message for the admin saying
// what is wrong with the text. Every parser of the engine returns one, instead of a bool
// plus an out-parameter (whose value could be used unchecked) or an exception (which must
// never cross the model/view boundary).
//
//     const Parsed<Prefix> parsed = Prefix::parse(cell);
//     if (!parsed)
//         return reportError(parsed.error());
//     use(parsed.value());
//
// A success never allocates (the error string stays null), so parsers can return it from
// hot loops.
template<typename T>
class Parsed
{
    static_assert(!std::is_same_v<T, QString>, "the error alternative is already a QString");

public:
    Parsed(const T &value)
        : m_state(std::in_place_index<0>, value)
    { }
    Parsed(T &&value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }

    static Parsed failure(QString message) { return Parsed(FailureTag{}, std::move(message)); }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Calling value() on a failure is a programming error; it stops the program with a
    // message rather than returning garbage.
    const T &value() const
    {
        if (const T *value = std::get_if<0>(&m_state))
            return *value;
        qFatal("Parsed::value() called on a failure: %s", qPrintable(error()));
    }

    T valueOr(const T &fallback) const
    {
        const T *value = std::get_if<0>(&m_state);
        return value ? *value : fallback;
    }

    // Empty when ok().
    const QString &error() const
    {
        static const QString none;
        const QString *message = std::get_if<1>(&m_state);
        return message ? *message : none;
    }

private:
    struct FailureTag
    { };
    Parsed(FailureTag, QString &&message)
        : m_state(std::in_place_index<1>, std::move(message))
    { }

    std::variant<T, QString> m_state;
};

} // namespace ipam
