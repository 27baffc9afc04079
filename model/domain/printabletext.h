#pragma once

#include <QString>
#include <QStringView>

// Characters a name must not hold, and how to show any stored text without letting it act
// on a terminal or reorder what is printed around it.
//
// Unsafe: the C0 controls (U+0000-U+001F, TAB and line ends included), DEL (U+007F), the C1
// controls (U+0080-U+009F; U+009B is a terminal's one-byte CSI) and the bidirectional
// embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) with which "txt.exe"
// can be shown as "exe.txt" (CVE-2021-42574, "Trojan Source"). Everything else, however
// exotic, is text.

namespace ipam {

constexpr bool isUnsafeCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2066 && c <= 0x2069);
}

// The first unsafe character of `text` (its index in UTF-16 code units), or -1.
qsizetype firstUnsafeCharacter(QStringView text);

// `text` with each unsafe character written as an escape a person can read and a terminal
// does not act on: \t \n \r by name, others as \xHH (below U+0100) or \uHHHH; a backslash
// stays a backslash (the output is for reading, not for parsing back).
QString printableText(QStringView text);

// "U+001B", for messages.
QString codePointName(char32_t c);

} // namespace ipam
