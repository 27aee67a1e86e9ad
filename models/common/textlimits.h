#pragma once

#include <QString>

// How long a text typed at the desk may be, by what it is for. The fields (setMaxLength) and
// the models' checks, which also guard imports and every other writer, read the same numbers;
// the layouts are checked to hold at them.
namespace Sportello::TextLimits {

constexpr int kCode = 32; // a protocol number, a code
constexpr int kName = 100; // a surname, given names, a person's or a team's name
constexpr int kLine = 200; // one line: an address, a place, a purpose, a title, a search
constexpr int kFileName = 255;
constexpr int kPath = 4096; // a file chosen on this computer, with its folders
constexpr int kText = 4000; // a few paragraphs: a summary, goals, a reason, details
constexpr int kNote = 20000; // a case note

// "<field>: at most N characters, M are written." when the text is longer than the limit;
// empty when it fits.
QString tooLong(const QString &field, const QString &text, int limit);

} // namespace Sportello::TextLimits
