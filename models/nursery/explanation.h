#pragma once

#include "models/nursery/round.h"

namespace Sportello {
class StaffNames;
}

namespace Sportello::Nursery {

// Why a row has its score and its position ("why is this child 57th?"), as HTML for the
// coordinator's screen and for the printed answer to an appeal: the points criterion by
// criterion, the conditions that do not count and why, the tie-break that separates it
// from the rows just before and after, and where it stands in the allocation. Staff are
// named by their full names from `staff`, when given.
QString explanationHtml(const EvaluatedRound &round, const RankRow &row,
                        const StaffNames *staff = nullptr);

} // namespace Sportello::Nursery
