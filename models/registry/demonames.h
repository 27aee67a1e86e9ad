#pragma once

#include <QStringList>

namespace Sportello::DemoNames {

// Word lists for demo data: common surnames of Calabria and Tuscany (with their accents
// and apostrophes), given names, streets.
const QStringList &surnames();
const QStringList &maleNames();
const QStringList &femaleNames();
const QStringList &streets(bool firenze);

// Places of birth by weight: the desk's own area first, then Italy, suppressed
// municipalities for older people, and foreign states.
const QStringList &birthPlacesNear(bool firenze);
const QStringList &birthPlacesElsewhere();
const QStringList &birthPlacesAbroad();

} // namespace Sportello::DemoNames
