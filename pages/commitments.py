"""Commitments: who promises what, how firmly, to whom; each opens in the reader."""

import streamlit as st

from analysis.charts import (
    commitment_flow_figure,
    commitment_timeline_figure,
    dyad_commitments,
    dyad_figure,
    flow_edges,
)
from analysis.corrections import COMMITMENT_ACTIONS
from analysis.cue_lexicon import COMMITMENT_TYPES
from analysis.display import literal
from analysis.warehouse import Narrow
from pages import shared

shared.in_frame()


def correct_commitment(commitment_id: str, row) -> None:
    """Offer the corrections of one commitment: reject it, change its type or its actor."""
    with st.expander("Correct this commitment", icon=":material/edit:"):
        left, middle, right = st.columns(3)
        kind = left.selectbox(
            "Type",
            COMMITMENT_TYPES,
            index=COMMITMENT_TYPES.index(row["type"]) if row["type"] in COMMITMENT_TYPES else 0,
            key=f"commitments.fix_type.{commitment_id}",
        )
        if left.button("Change type", key="commitments.set_type", disabled=kind == row["type"]):
            shared.correct("set_commitment_type", commitment_id, kind)
        everyone = sorted(set(shared.ask("names")) | {row["actor"]} - {""}, key=str.casefold)
        actor = middle.selectbox(
            "Committed by",
            everyone,
            index=everyone.index(row["actor"]) if row["actor"] in everyone else None,
            key=f"commitments.fix_actor.{commitment_id}",
        )
        if middle.button(
            "Change actor", key="commitments.set_actor", disabled=not actor or actor == row["actor"]
        ):
            shared.correct("set_commitment_actor", commitment_id, actor)
        right.write("")
        if right.button("Reject: not a commitment", key="commitments.reject", type="primary"):
            shared.correct("reject_commitment", commitment_id)


PICKER_ROWS = 500
PICKER_ACTORS = 200
SHOWN = ["date", "actor", "type", "strength", "cue", "counterpart", "content", "themes"]
ORDER = (("date", True), ("strength", True))

filters = shared.filters()
st.title("Commitments")
st.caption(
    "Type, minimum strength and themes are set in the sidebar (the minimum strength applies "
    "to graded types only: refusals have no strength and are always listed); narrow further here."
)


def offered(column: str, key: str) -> list[str]:
    """Return the most frequent values of ``column`` in view, and those already chosen."""
    values = shared.ask("top_values", "commitments", column, filters)
    return sorted(set(values) | set(st.session_state.get(key) or st.query_params.get_all(key)))


left, right = st.columns(2)
makers = left.multiselect(
    "Committed by",
    offered("actor", "commitments.actor"),
    key="commitments.actor",
    bind="query-params",
)
receivers = right.multiselect(
    "Counterpart",
    offered("counterpart", "commitments.counterpart"),
    key="commitments.counterpart",
    bind="query-params",
)
shared.link_param("commitments.actor", makers)
shared.link_param("commitments.counterpart", receivers)
narrow = Narrow.of({"actor": makers, "counterpart": receivers})

points, n_actors = shared.ask("commitment_points", filters, narrow)
shared.chart(commitment_timeline_figure(points, n_actors=n_actors), key="commitments.timeline")
left, right = st.columns(2)
top = left.slider("Actors shown a side", 3, 40, 15, key="commitments.flow_top", bind="query-params")
min_weight = right.slider(
    "Minimum commitments per link", 1, 20, 1, key="commitments.flow_min", bind="query-params"
)
shared.link_param("commitments.flow_top", None if top == 15 else str(top))
shared.link_param("commitments.flow_min", None if min_weight == 1 else str(min_weight))
pairs = shared.ask("flows", filters, narrow)
shared.chart(commitment_flow_figure(pairs, top=top, min_weight=min_weight), key="commitments.flow")
flows = flow_edges(pairs, top=top, min_weight=min_weight)
with st.expander(f"The {len(flows):,} links behind the flow chart"):
    st.caption(
        f"The {top} actors who commit most and the {top} counterparts who receive most keep "
        'their names; the others on each side are folded into "others", and commitments '
        "between two folded actors are left out."
    )
    shared.table(flows, key="commitments.flows", file_name="commitment-flows", height=300)
shared.paged_table(
    "commitments",
    key="commitments.table",
    file_name="commitments",
    columns=SHOWN,
    order=ORDER,
    narrow=narrow,
)

st.subheader("Read a commitment in its article")
total = shared.ask("count", "commitments", filters, narrow)
# A picker over tens of thousands of rows is slow to send and useless to scroll: offer the
# first rows of the table above and say how to reach the others.
rows = shared.ask("page", "commitments", filters, limit=PICKER_ROWS, order=ORDER, narrow=narrow)
rows = rows.set_index("commitment_id")
parts = [rows[c] for c in ("date", "actor", "type")] + [rows["content"].str.slice(0, 90)]
texts = [" · ".join(row) for row in zip(*parts, strict=True)]
labels = dict(zip(rows.index, texts, strict=True))
if total > PICKER_ROWS:
    st.caption(
        f"The first {PICKER_ROWS:,} of {total:,} commitments in table order; "
        "narrow the filters to reach the others."
    )
picked = st.selectbox(
    "Commitment",
    list(labels),
    format_func=labels.get,
    key="commitments.open",
    index=0 if labels else None,
)
if picked:
    st.info(literal(rows.at[picked, "sentence"]))
    correct_commitment(picked, rows.loc[picked])
    st.page_link(
        "pages/articles.py",
        label="Open this sentence in the reader",
        icon=":material/article:",
        query_params={
            "article": rows.at[picked, "article_id"],
            "start": str(rows.at[picked, "start_char"]),
            "end": str(rows.at[picked, "end_char"]),
        },
    )

shared.corrections_panel(COMMITMENT_ACTIONS, key="commitments.fixes")

st.subheader("Between two actors")
ranked = shared.ask("top_actors", filters, top=PICKER_ACTORS)
names = dict(zip(ranked["actor_id"], ranked["name"], strict=True))
for key in ("commitments.dyad_a", "commitments.dyad_b"):
    asked = st.session_state.get(key) or st.query_params.get(key)
    if asked and asked not in names:
        extra = shared.ask("frame", "actors", filters, Narrow.of({"actor_id": [asked]}))
        names.update(zip(extra["actor_id"], extra["name"], strict=True))
left, right = st.columns(2)
first = left.selectbox(
    "First actor",
    list(names),
    format_func=names.get,
    key="commitments.dyad_a",
    index=None,
    bind="query-params",
)
second = right.selectbox(
    "Second actor",
    list(names),
    format_func=names.get,
    key="commitments.dyad_b",
    index=None,
    bind="query-params",
)
shared.link_param("commitments.dyad_a", names.get(first))
shared.link_param("commitments.dyad_b", names.get(second))
if first and second and first != second:
    pair = Narrow.of({"actor_id": [first, second], "counterpart_id": [first, second]})
    between = dyad_commitments(shared.ask("frame", "commitments", filters, pair), first, second)
    shared.chart(
        dyad_figure(between, {first: names[first], second: names[second]}), key="commitments.dyad"
    )
    shared.table(
        between, key="commitments.dyad_table", file_name="commitments-between", columns=SHOWN
    )
else:
    st.caption("Pick two different actors to see every commitment between them over time.")
