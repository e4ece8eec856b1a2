"""Writes bench/data/training-text.txt, the text the character-model benchmark trains on.

The text is the project's own: a few hand-written paragraphs followed by a harbour
logbook whose entries are assembled from phrases written here, chosen by a fixed
64-bit LCG so the output never changes. It uses exactly 78 distinct characters (both
cases, digits, space, newline and 14 punctuation marks), the vocabulary size the
benchmark specification (notes CHARBENCH) asks for.

Usage: python3 bench/data/make_training_text.py   (from the repository root)
"""
import os

OPENING = """\
Notes from the Harbour Station at Quillan Point

The station sits on a low shelf of grey rock, just above the reach of ordinary tides.
Every morning the keeper walks the same loop: the rain gauge, the wind vane, the tide
board on the old jetty, and the thermometer box that hangs in the shade of the boat
shed. She writes what she sees in a blue ledger, in pencil, because ink runs when the
spray comes over the wall. Over the years the ledger has become a kind of diary of the
sea itself; it knows which winter brought the great swell, which June never warmed,
and how many times the fog horn sounded in a single week of October.

Why keep such careful records? Partly habit, partly duty. The fishing boats want to
know whether the bar is safe to cross at dawn; the ferry wants the height of water at
the slip; the schoolchildren in the village want to know if the seals are back on the
Zebedee Rocks. Numbers answer some of these questions, but not all. "A falling glass
and a yellow sky," the old keeper used to say, "tell you more than any chart."

Measurements, then, are only half of the work. The other half is paying attention:
to the colour of the water (green, slate, milk-white after a storm), to the birds that
arrive with the first cold nights, to the smell of the wind when it backs into the
north-east. Each of these is noted beside the figures, in short plain words.

A few rules of the station, copied from the inside cover of the ledger:
(1) Read the instruments at 06:00, 12:00 and 18:00, and never guess a missing value.
(2) Write temperatures in degrees Celsius, rain in millimetres, wind in knots.
(3) If a reading looks strange, take it again; if it is still strange, write it down
    anyway and add a question mark.
(4) Sketch the sky when words are not enough.
(5) Jot down visitors, boats and anything washed ashore - but never the gossip!

"""

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WINDS = ["north", "north-east", "east", "south-east", "south", "south-west", "west",
         "north-west"]
SKIES = ["clear", "thin high cloud", "broken cloud", "overcast", "low grey cloud",
         "drizzle", "steady rain", "squally showers", "sea fog", "haze"]
SEAS = ["calm, like oiled glass", "slight, with a long low swell", "moderate and choppy",
        "rough, white horses beyond the bar", "very rough; spray over the jetty",
        "smooth inside the harbour, lumpy outside"]
BOATS = ["the ferry Juniper", "the trawler Kestrel", "a yellow kayak", "the pilot boat",
         "two yachts from Vardo", "the lifeboat on exercise", "a Dutch coaster",
         "the mail boat Xanthe", "old Mr. Quayle's dinghy", "a research vessel"]
SIGHTINGS = ["a pod of porpoises off the point", "six seals hauled out on Zebedee Rocks",
             "a heron fishing at the slip", "gannets diving far out", "a single puffin",
             "a line of cormorants drying their wings", "jellyfish in the shallows",
             "a kingfisher by the stream mouth", "oystercatchers calling at dusk",
             "a fox on the shingle at first light"]
ASHORE = ["a length of blue rope", "a glass float, unbroken!", "driftwood, mostly pine",
          "a child's red spade", "a crate stamped NORDIC FISH & ICE CO.",
          "kelp in heaps after the gale", "a plank with three rusty nails",
          "a bottle with no message (sadly)"]
REMARKS = [
    "The glass fell quickly through the afternoon; expect wind by midnight.",
    "Quiet day. Mended the gate on the path and oiled the vane.",
    "Fog horn sounded from 04:10 to 07:45; visibility under 200 m.",
    "The rain gauge overflowed? Checked twice - it had, so the total is a minimum.",
    "Warm for the season. Children swimming at the east beach!",
    "Strong ebb at the bar; the Kestrel waited an hour before crossing.",
    "Thermometer box door found open; reading may be high by a degree or so.",
    "Moon nearly full, spring tides due on the weekend.",
    "Hail for ten minutes around noon, then bright sunshine.",
    "New batteries in the wind logger (4 x AA).",
    "Upper fields flooded; Yarrow Lane closed to cars until the water drains.",
    "Visitors from the school: 23 pupils, 2 teachers, many questions.",
    "Calm evening; the sea went pink, then violet, then dark.",
    "Ice on the jetty steps at dawn; sprinkled grit from the bin.",
    "Lightning far to the south-west, no thunder heard.",
    "Swell arrived before the wind did, as it often does.",
    "Tide 0.3 m above the table's prediction; surge from the low?",
]
LISTS = [
    "Stores checked: paraffin 2 cans, matches 5 boxes, candles 14, tea (plenty).",
    "To do: paint the tide board; replace cracked pane; order ledger no. 37.",
    "Borrowed: 1 spanner (J. Quayle), 1 ladder (Ferry Office) - return by Friday.",
    "Readings sent by radio at 06:15, 12:10 and 18:05; all acknowledged.",
    "Repairs: vane bearing greased; gauge funnel cleaned; hinge pins replaced.",
]


class Lcg:
    """The benchmark's 64-bit linear congruential generator, reused for choices."""

    def __init__(self, seed):
        self.state = seed

    def uniform(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return (self.state >> 11) * 2.0 ** -53

    def below(self, n):
        return int(self.uniform() * n)

    def pick(self, items):
        return items[self.below(len(items))]


def entry(rng, year, month, day, weekday):
    """One day of the logbook: readings, sky and sea, and a few free remarks."""
    lines = [f"{DAYS[weekday]}, {day} {MONTHS[month]} {year}"]
    base = [6.5, 6.8, 8.0, 9.7, 12.4, 15.1, 17.0, 17.3, 15.6, 12.8, 9.6, 7.4][month]
    temps = [base - 2 + rng.uniform() * 3, base + rng.uniform() * 4, base - 1 + rng.uniform() * 3]
    rain = 0.0 if rng.uniform() < 0.4 else round(rng.uniform() * 18, 1)
    wind = rng.below(45)
    pressure = 975 + rng.below(65)
    high = round(3.1 + rng.uniform() * 1.9, 2)
    low = round(0.2 + rng.uniform() * 0.9, 2)
    hh, mm = 1 + rng.below(11), rng.below(60)
    lines.append(f"  Temp (C): {temps[0]:.1f} / {temps[1]:.1f} / {temps[2]:.1f};"
                 f" rain {rain} mm; pressure {pressure} hPa; humidity {60 + rng.below(40)}%.")
    lines.append(f"  Wind {rng.pick(WINDS)}, {wind} kn; sky: {rng.pick(SKIES)}."
                 f" Sea {rng.pick(SEAS)}.")
    lines.append(f"  High water {hh:02d}:{mm:02d} ({high} m), low water"
                 f" {(hh + 6) % 24:02d}:{(mm + 12) % 60:02d} ({low} m).")
    if rng.uniform() < 0.7:
        lines.append(f"  Boats: {rng.pick(BOATS)}, {rng.pick(BOATS)}.")
    if rng.uniform() < 0.6:
        lines.append(f"  Seen: {rng.pick(SIGHTINGS)}.")
    if rng.uniform() < 0.3:
        lines.append(f"  Ashore: {rng.pick(ASHORE)}.")
    lines.append(f"  {rng.pick(REMARKS)}")
    if rng.uniform() < 0.15:
        lines.append(f"  {rng.pick(LISTS)}")
    if wind > 34:
        lines.append(f"  Gale warning! Gusts near {wind + 9 + rng.below(8)} kn;"
                     " boats kept in harbour.")
    return "\n".join(lines) + "\n\n"


def logbook(target_bytes):
    rng = Lcg(20261127)
    year, month, day, weekday = 1987, 9, 1, 1
    out = []
    size = 0
    while size < target_bytes:
        text = entry(rng, year, month, day, weekday)
        out.append(text)
        size += len(text)
        day += 1 + rng.below(3)
        weekday = (weekday + 1) % 7
        if day > 28:
            day, month = day - 28, month + 1
            if month == 12:
                month, year = 0, year + 1
    return "".join(out)


def main():
    text = OPENING + logbook(30_000)
    text = text.rstrip("\n") + "\n"
    vocabulary = sorted(set(text))
    assert len(vocabulary) == 78, (len(vocabulary), "".join(vocabulary))
    path = os.path.join(os.path.dirname(__file__), "training-text.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{path}: {len(text.encode())} bytes, {len(vocabulary)} distinct characters")


if __name__ == "__main__":
    main()
