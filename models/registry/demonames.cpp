#include "models/registry/demonames.h"

using namespace Qt::StringLiterals;

namespace Sportello::DemoNames {

namespace {

QStringList split(const QString &text)
{
    return text.split(u'|');
}

} // namespace

const QStringList &surnames()
{
    static const QStringList list = split(
        u"Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|"
        "Conti|De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|"
        "Mariani|Rinaldi|Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|"
        "Lombardo|Serra|Coppola|De Santis|D'Angelo|Marchetti|Parisi|Villa|Conte|Ferraro|Ferri|"
        "Fabbri|Bianco|Marini|Grasso|Valentini|Messina|Sala|De Angelis|Gatti|Pellegrini|Palumbo|"
        "Sanna|Farina|Rizzi|Monti|Cattaneo|Morelli|Amato|Silvestri|Mazza|Testa|Grassi|"
        "Pellegrino|Carbone|Giuliani|Benedetti|Barone|Rossetti|Caputo|Montanari|Guerra|Palmieri|"
        "Bernardi|Martino|Fiore|De Rosa|Ferretti|Bellini|Basile|Riva|Donati|Piras|Vitali|"
        "Battaglia|Sartori|Neri|Costantini|Milani|Pagano|Ruggiero|Sorrentino|D'Amico|Orlando|"
        "Damico|Negri|Lo Russo|Lo Bianco|La Rosa|Dell'Acqua|Dell'Aquila|Dall'Olio|Di Stefano|"
        "Nicolò|Cantù|Mazzà|Scalì|Sciarrone|Tripodi|Pugliese|Arena|Bova|Cutrì|Fortunato|"
        "Grillo|Iannello|Lo Iacono|Lacquaniti|Macrì|Mammoliti|Marzano|Mercadante|Muzzupappa|"
        "Naso|Nesci|Pontoriero|Prestia|Punturiero|Scordo|Staropoli|Suriano|Tassone|Tedesco|"
        "Varone|Zappia|Barbagallo|Bartolini|Becattini|Bencini|Biagini|Bonechi|Cecchi|Fani|"
        "Innocenti|Lapi|Mannucci|Nannini|Niccolai|Paoli|Pecchioli|Querci|Salvadori|Tarchi|"
        "Vannucci|Zanobini|Nguyen|Hoxha|Popescu|El Amrani|Singh|Chen|Kovalenko|Diallo"_s);
    return list;
}

const QStringList &maleNames()
{
    static const QStringList list = split(
        u"Francesco|Alessandro|Lorenzo|Andrea|Leonardo|Mattia|Matteo|Gabriele|Riccardo|Tommaso|"
        "Edoardo|Federico|Giuseppe|Antonio|Marco|Davide|Giovanni|Pietro|Luca|Salvatore|Domenico|"
        "Vincenzo|Nicola|Michele|Raffaele|Rocco|Bruno|Carmelo|Pasquale|Saverio|Filippo|Niccolò|"
        "Nicolò|Mario|Paolo|Stefano|Roberto|Fabio|Simone|Daniele|Emanuele|Jacopo|Dario|Gianluca|"
        "Pier Paolo|Gian Marco|Giancarlo|Angelo|Sergio|Enzo|Franco|Elia|Samuele|Ahmed|Ion|Wei|"
        "Mohamed|Arjun"_s);
    return list;
}

const QStringList &femaleNames()
{
    static const QStringList list = split(
        u"Sofia|Giulia|Aurora|Alice|Ginevra|Emma|Giorgia|Greta|Beatrice|Anna|Chiara|Francesca|"
        "Maria|Rosa|Teresa|Caterina|Angela|Giuseppina|Concetta|Carmela|Antonella|Elena|Sara|"
        "Martina|Valentina|Federica|Silvia|Laura|Paola|Roberta|Alessia|Ilaria|Elisa|Benedetta|"
        "Margherita|Noemi|Viola|Matilde|Lucia|Agnese|Bianca|Irene|Gemma|Marta|Letizia|"
        "Maria Grazia|Anna Maria|Maria Luisa|Rosaria|Annunziata|Domenica|Nunzia|Fatima|Elena|"
        "Ioana|Mei|Olena|Aminata|Zoë|Chloé"_s);
    return list;
}

const QStringList &streets(bool firenze)
{
    static const QStringList vibo = split(
        u"Via Dante Alighieri|Corso Vittorio Emanuele III|Via Jan Palach|Viale Affaccio|"
        "Via Roma|Via Santa Ruba|Via Popilia|Via Spogliatore|Piazza Municipio|Via Enrico Gagliardi|"
        "Via Matteotti|Viale della Pace|Via Terravecchia Inferiore|Via Lacquari|Via Accademie "
        "Vibonesi|Via Gian Giacomo Murat|Via degli Artigiani|Via San Francesco d'Assisi"_s);
    static const QStringList florence
        = split(u"Via dei Calzaiuoli|Borgo San Frediano|Via Vincenzo Gioberti|Viale dei Mille|"
                "Via Pisana|Via Aretina|Via Bolognese|Via de' Serragli|Via Faentina|Viale Europa|"
                "Via dell'Agnolo|Via Senese|Piazza Santo Spirito|Via Baracca|Via di Novoli|"
                "Lungarno del Tempio|Via Masaccio|Via Ghibellina"_s);
    return firenze ? florence : vibo;
}

const QStringList &birthPlacesNear(bool firenze)
{
    // Vibo Valentia, Mileto, Pizzo, Tropea, Serra San Bruno, Catanzaro, Lamezia Terme,
    // Nicastro and Sambiase (suppressed 1968), Cosenza, Reggio di Calabria, Crotone.
    static const QStringList vibo
        = split(u"F537|F537|F537|F537|F207|G722|L452|I639|C352|M208|F888|H742|D086|H224|D122"_s);
    // Firenze, Scandicci, Sesto Fiorentino, Empoli, Prato, Pisa, Livorno, Arezzo, Siena,
    // Lucca, Pistoia, Figline Valdarno and Incisa (suppressed 2014).
    static const QStringList florence = split(
        u"D612|D612|D612|D612|B962|I684|D403|G999|G702|E625|A390|I726|E715|G713|D583|E296"_s);
    return firenze ? florence : vibo;
}

const QStringList &birthPlacesElsewhere()
{
    // Roma, Milano, Napoli, Torino, Palermo, Bari, Messina.
    static const QStringList list = split(u"H501|F205|F839|L219|G273|A662|F158"_s);
    return list;
}

const QStringList &birthPlacesAbroad()
{
    // Albania, Romania, Marocco, Cina, India, Ucraina, Filippine, Bangladesh, Senegal,
    // Nigeria, Germania, Francia, Brasile, Pakistan, Egitto, Tunisia, Perù, Sri Lanka,
    // Moldova, Argentina; Jugoslavia (dissolved) for older people.
    static const QStringList list
        = split(u"Z100|Z129|Z330|Z210|Z222|Z138|Z216|Z249|Z343|Z335|"
                "Z112|Z110|Z602|Z236|Z336|Z352|Z611|Z209|Z140|Z600|Z118"_s);
    return list;
}

} // namespace Sportello::DemoNames
