"""Writes large, realistic content packs for the benchmark.

The answers read like a trainer's FAQ, not like repeated lorem ipsum: sentences are built
from a small grammar over a human-rights vocabulary, with paragraphs of varied length,
bulleted and numbered lists, emphasis, web and e-mail links, links to other questions, the
odd sub-heading and table, and some accented words (so search folding has work to do).
The same seed always gives the same pack.

    python -m bench.generate 1000 /tmp/pack-1000
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

SUBJECTS = [
    "human rights defenders",
    "a community organiser",
    "women defenders",
    "land rights activists",
    "journalists covering protests",
    "lawyers taking strategic cases",
    "indigenous leaders",
    "student groups",
    "trade unionists",
    "a local monitoring network",
    "health workers documenting abuse",
    "environmental defenders",
    "the coordination committee",
    "volunteers at the legal clinic",
    "families of the disappeared",
]
VERBS = [
    "document",
    "report",
    "challenge",
    "monitor",
    "publicise",
    "negotiate over",
    "bring to court",
    "raise with the ombudsman",
    "record testimony about",
    "campaign against",
    "train others to recognise",
    "keep evidence of",
]
OBJECTS = [
    "arbitrary detention",
    "forced evictions",
    "threats against witnesses",
    "restrictions on peaceful assembly",
    "surveillance of their phones",
    "smear campaigns in the press",
    "the closure of independent radio stations",
    "unfair trials",
    "violence at polling stations",
    "attacks on health clinics",
    "the seizure of community land",
    "discrimination in public services",
    "torture in police custody",
    "the misuse of anti-terrorism laws",
]
PLACES = [
    "in rural districts",
    "near the border",
    "in the capital",
    "across the region",
    "in mining areas",
    "in refugee settlements",
    "at the provincial level",
    "during the election period",
    "after the state of emergency",
    "in São Paulo and Bogotá",
    "in the Région des Lacs",
]
ADVERBIALS = [
    "Whenever it is safe to do so,",
    "Before a workshop begins,",
    "In many countries,",
    "As the United Nations Declaration recognises,",
    "Without reliable records,",
    "Over the past decade,",
    "Even where laws protect them,",
    "Working with partners,",
    "With careful planning,",
    "In our experience,",
]
CONSEQUENCES = [
    "which makes it harder for officials to deny what happened",
    "so that cases can be followed up months later",
    "because isolated defenders are easier to silence",
    "and this builds trust with the communities concerned",
    "although the risks must be assessed first",
    "which often leads to reprisals",
    "so that the facts reach regional human rights bodies",
    "while protecting the identity of those who speak out",
]
ADVICE = [
    "keep copies of documents in two safe places",
    "agree on a contact person who checks in every day",
    "write down names, dates and places as soon as possible",
    "ask for informed consent before recording anyone",
    "use encrypted messaging for sensitive conversations",
    "know the number of a lawyer before a demonstration",
    "share the safety plan with trusted colleagues only",
    "check the facts with a second source",
    "note the badge numbers of officers where you can",
    "store photographs without location data",
    "prepare a short statement for the press in advance",
    "find out which embassies observe trials",
]
TOPICS = [
    "detention",
    "documentation",
    "digital safety",
    "elections",
    "land and housing",
    "freedom of expression",
    "legal support",
    "protection networks",
    "advocacy",
    "wellbeing and stress",
    "gender-based violence",
    "access to information",
]
QUESTION_FORMS = [
    "What should {subject} do about {object}?",
    "How can {subject} {verb} {object} {place}?",
    "Why is it important to {verb} {object}?",
    "Who can help when {subject} face {object}?",
    "Where can I learn more about {topic}?",
    "Is it safe to {verb} {object} {place}?",
    "What does the Carter Center do about {topic}?",
    "How do I start a workshop on {topic}?",
    "Can {subject} ask for protection from {object}?",
    "When should we report {object} to the authorities?",
]
SITES = [
    "https://www.ohchr.org/en/special-procedures/sr-human-rights-defenders",
    "https://www.cartercenter.org/peace/human_rights/index.html",
    "https://www.frontlinedefenders.org/en/resource-publication",
    "https://protectioninternational.org/en/resources",
    "https://www.achpr.org/",
    "https://www.oas.org/en/iachr/",
]
EMAILS = ["mailto:info@example.org", "mailto:workshops@example.org", "mailto:safety@example.net"]


def _clause(rng: random.Random) -> str:
    """Subject and verb that agree: "a community organiser documents", "lawyers document"."""
    subject, verb = rng.choice(SUBJECTS), rng.choice(VERBS)
    if subject.startswith(("a ", "the ")):
        first, _, rest = verb.partition(" ")
        verb = (first + ("es" if first.endswith("h") else "s") + " " + rest).strip()
    return f"{subject} {verb}"


def _sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.35:
        text = f"{rng.choice(ADVERBIALS)} {_clause(rng)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}"
    elif kind < 0.7:
        clause = _clause(rng)
        text = f"{clause[0].upper()}{clause[1:]} {rng.choice(OBJECTS)}, {rng.choice(CONSEQUENCES)}"
    elif kind < 0.85:
        text = f"It helps to {rng.choice(ADVICE)} and to {rng.choice(ADVICE)}"
    else:
        count = rng.randint(2, 40)
        text = (
            f"In one district alone, {count} cases of {rng.choice(OBJECTS)} were recorded "
            f"{rng.choice(PLACES)}"
        )
    return text + "."


def _paragraph(rng: random.Random, ids: list[str]) -> str:
    sentences = [_sentence(rng) for _ in range(max(1, int(rng.lognormvariate(1.0, 0.6))))]
    if rng.random() < 0.25:
        i = rng.randrange(len(sentences))
        sentences[i] = f"**{sentences[i]}**" if rng.random() < 0.5 else f"*{sentences[i]}*"
    if rng.random() < 0.3:
        sentences.append(
            f"See [{rng.choice(['this guide', 'the resources page', 'their report'])}]"
            f"({rng.choice(SITES)})."
        )
    if ids and rng.random() < 0.2:
        sentences.append(f"This is also covered in [a related question](#{rng.choice(ids)}).")
    if rng.random() < 0.08:
        sentences.append(f"Questions? [Write to us]({rng.choice(EMAILS)}).")
    return " ".join(sentences)


def _bullets(rng: random.Random, numbered: bool) -> str:
    items = rng.sample(ADVICE, rng.randint(3, 7))
    return "\n".join(
        f"{n}. {item[0].upper()}{item[1:]}." if numbered else f"- {item[0].upper()}{item[1:]}."
        for n, item in enumerate(items, start=1)
    )


def _table(rng: random.Random) -> str:
    rows = [f"| {rng.choice(TOPICS)} | {rng.randint(1, 90)} |" for _ in range(rng.randint(2, 5))]
    return "| Topic | Cases |\n| --- | ---: |\n" + "\n".join(rows)


def answer(rng: random.Random, ids: list[str]) -> str:
    """One answer: 1 to ~12 blocks, mostly paragraphs, with lists, headings and tables."""
    blocks: list[str] = []
    for _ in range(max(1, int(rng.lognormvariate(1.2, 0.7)))):
        roll = rng.random()
        if roll < 0.68 or not blocks:
            blocks.append(_paragraph(rng, ids))
        elif roll < 0.8:
            blocks.append(_bullets(rng, numbered=False))
        elif roll < 0.9:
            blocks.append(_bullets(rng, numbered=True))
        elif roll < 0.96:
            blocks.append(f"## {rng.choice(TOPICS).capitalize()}")
        else:
            blocks.append(_table(rng))
    return "\n\n".join(blocks) + "\n"


def title(rng: random.Random) -> str:
    text = rng.choice(QUESTION_FORMS).format(
        subject=rng.choice(SUBJECTS),
        object=rng.choice(OBJECTS),
        verb=rng.choice(VERBS),
        place=rng.choice(PLACES),
        topic=rng.choice(TOPICS),
    )
    return text[0].upper() + text[1:]


def _slug(text: str, number: int) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", text.lower()).split()[:6]
    return f"q{number:05d}-" + "-".join(words)


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_pack(folder: Path, count: int, seed: int = 7) -> Path:
    """Write a pack with ``count`` questions into ``folder`` (created); return the folder."""
    rng = random.Random(seed)
    titles = [title(rng) for _ in range(count)]
    ids = [_slug(t, n) for n, t in enumerate(titles, start=1)]
    answers = folder / "answers"
    answers.mkdir(parents=True, exist_ok=True)
    lines = [
        "[pack]",
        f'id = "generated-{count}"',
        f'title = "Generated workshop FAQ ({count} questions)"',
        'language = "en"',
        'source = "https://www.cartercenter.org/peace/human_rights/defenders/faq.html"',
        'attribution = "Text: generated by bench/generate.py for benchmarking"',
        "",
        "[links.donate]",
        'label = "Donate Now"',
        'url = "https://www.cartercenter.org/donate/index.html"',
        "",
        "[links.signup]",
        'label = "Sign Up For Email"',
        'url = "https://www.cartercenter.org/peace/human_rights/defenders/faq.html"',
        'blurb = "Please sign up below for important news about the work of The Carter Center."',
    ]
    for qid, text in zip(ids, titles, strict=True):
        (answers / f"{qid}.md").write_text(answer(rng, ids), encoding="utf-8")
        lines += [
            "",
            "[[questions]]",
            f'id = "{qid}"',
            f"title = {_toml_string(text)}",
            f'file = "answers/{qid}.md"',
        ]
    (folder / "pack.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python -m bench.generate COUNT FOLDER", file=sys.stderr)
        return 2
    folder = write_pack(Path(argv[1]), int(argv[0]))
    print(f"wrote {argv[0]} questions to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
