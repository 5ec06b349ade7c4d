#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Part of copydesk (MIT licence). Needs only the standard library, dask and distributed (Debian:
# apt-get install python3-distributed).
"""The reduce stage of copydesk's dedup on Dask distributed: candidate pairs and their verification.

copydesk's map stage writes one signature line per document (`copydesk dedup --shard i/N
--signatures-out sig-i.jsonl`). This script reads those files on a Dask cluster and finds every pair
of near-duplicate documents, the expensive part of the reduce:

  1. the band join: documents sharing one of the 16 LSH band keys are candidates; in a bucket each
     document is paired with at most `maxBucketPairs` (64) of the next in preference order, so a
     templated page in 10,000 files does not make 50 million pairs;
  2. the verification: every candidate pair's Jaccard similarity of the word 5-gram sets, computed
     as copydesk does (common / (|A| + |B| - common), in doubles); pairs at or above the threshold are
     the verified edges.

Which documents take part, in which order, and with which options is copydesk's decision, not this
script's: `copydesk dedup --reduce --representatives-out reps.jsonl sig-*.jsonl` writes it (one
document per exact group, its most preferred one by the canonical choice; a header line with the
threshold, canonical choice, minimum words and bucket limit). The edges go back to copydesk, which
draws the clusters with the code every other reduce uses, so the clusters are the single run's:

  copydesk dedup --reduce --representatives-out reps.jsonl sig-*.jsonl
  /usr/bin/python3 dask_reduce_signatures.py --representatives reps.jsonl --out edges.jsonl sig-*.jsonl
  copydesk dedup --reduce --edges edges.jsonl --format json sig-*.jsonl

Without --scheduler it starts a LocalCluster of --workers processes on this machine; with
--scheduler tcp://host:8786 it runs on that cluster, whose workers must read the signature files
at the same paths (a shared file system) or from URLs Dask reads (s3://… with s3fs installed).

The joins are shuffles (Bag.groupby with shuffle="tasks"): the band keys, then each pair with the
5-gram set of its first document, then with that of its second. No step gathers the corpus in
one process; only the verified edges come back to this one.
"""

import argparse
import json
import os
import sys
import tempfile

HEADER_KEYS = ("threshold", "canonical", "minWords", "maxBucketPairs", "bands", "representatives")


def read_header(path):
    try:
        with open(path, encoding="utf-8") as lines:
            header = json.loads(lines.readline() or "{}")
    except (OSError, ValueError) as error:
        sys.exit(f"{path}: cannot read a representatives file ({error})")
    if not isinstance(header, dict) or header.get("copydesk") != "dedup-representatives":
        sys.exit(f"{path}: not a representatives file (write one with copydesk dedup --reduce --representatives-out)")
    return header


def jaccard(a, b):
    """The Jaccard similarity of two 5-gram sets, the formula of copydesk's src/dedup/fingerprint.ts."""
    if not a and not b:
        return 1.0
    common = len(set(a).intersection(b))
    return common / (len(a) + len(b) - common)


def parse_line(line):
    return json.loads(line) if line.strip() else None


# Each group of a Bag.groupby is (key, [(key, (tag, value)), …]): the tag says which side of the join.


def tag_representatives(group):
    """An ordinal's group: at most one representative entry and its signature line."""
    _, entries = group
    reps = [value for _, (tag, value) in entries if tag == "rep"]
    sigs = [value for _, (tag, value) in entries if tag == "sig"]
    if not reps:
        return []
    if len(sigs) != 1:
        raise ValueError(f"representative with ordinal {group[0]} has {len(sigs)} signature lines, not one")
    sig = sigs[0]
    return [(reps[0], sig["ordinal"], sig["bands"], sig["shingles"])]


def bucket_pairs(max_pairs):
    def pairs(group):
        _, members = group
        reps = sorted(rep for _, rep in members)
        return [(reps[x], reps[y]) for x in range(len(reps)) for y in range(x + 1, min(len(reps), x + 1 + max_pairs))]

    return pairs


def first_halves(group):
    """Pairs grouped by their first document: each second document (once) with the first's 5-grams."""
    _, entries = group
    docs = [value for _, (tag, value) in entries if tag == "doc"]
    seconds = sorted({value for _, (tag, value) in entries if tag == "pair"})
    if not docs:
        return []
    rep, ordinal, shingles = docs[0]
    return [(b, rep, ordinal, shingles) for b in seconds]


def verify(threshold):
    def verified(group):
        _, entries = group
        docs = [value for _, (tag, value) in entries if tag == "doc"]
        if not docs:
            return []
        b, ordinal_b, shingles_b = docs[0]
        out = []
        for a, ordinal_a, shingles_a in (value for _, (tag, value) in entries if tag == "half"):
            similarity = jaccard(shingles_a, shingles_b)
            out.append((a, b, ordinal_a, ordinal_b, similarity, similarity >= threshold))
        return out

    return verified


def find_edges(signature_files, representatives_file, header):
    import dask
    import dask.bag as db

    by_first = lambda entry: entry[0]  # noqa: E731
    shuffle = "tasks"  # works across machines; "disk" only on one
    reps = db.read_text(representatives_file).map(parse_line).filter(lambda r: r is not None and "rep" in r)
    sigs = db.read_text(signature_files).map(parse_line).filter(lambda s: s is not None)
    tagged = db.concat([
        reps.map(lambda r: (r["ordinal"], ("rep", r["rep"]))),
        sigs.map(lambda s: (s["ordinal"], ("sig", s))),
    ]).groupby(by_first, shuffle=shuffle).map(tag_representatives).flatten()

    bands = header["bands"]
    band_keys = tagged.map(lambda d: [((band, d[2][band]), d[0]) for band in range(bands)]).flatten()
    pairs = band_keys.groupby(by_first, shuffle=shuffle).map(bucket_pairs(header["maxBucketPairs"])).flatten()

    docs = tagged.map(lambda d: (d[0], ("doc", (d[0], d[1], d[3]))))
    halves = db.concat([docs, pairs.map(lambda p: (p[0], ("pair", p[1])))]).groupby(by_first, shuffle=shuffle)
    halves = halves.map(first_halves).flatten()
    candidates = db.concat([docs, halves.map(lambda h: (h[0], ("half", (h[1], h[2], h[3]))))])
    candidates = candidates.groupby(by_first, shuffle=shuffle).map(verify(header["threshold"])).flatten()

    verified = candidates.filter(lambda c: c[5])
    return dask.compute(verified, candidates.count())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("signatures", nargs="+", help="signature files of copydesk dedup --shard i/N --signatures-out")
    parser.add_argument("--representatives", required=True, help="the file of copydesk dedup --reduce --representatives-out")
    parser.add_argument("--out", required=True, help="the edges file for copydesk dedup --reduce --edges")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster here)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster worker processes (default: one per core)")
    args = parser.parse_args()

    header = read_header(args.representatives)
    local = lambda p: p if "://" in p else os.path.abspath(p)  # noqa: E731  (workers may start elsewhere)
    signature_files = [local(p) for p in args.signatures]
    missing = [p for p in signature_files if "://" not in p and not os.path.isfile(p)]
    if missing:
        sys.exit(f"no such signature file: {', '.join(missing)}")

    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory(prefix="copydesk-dask-") as scratch:
        if args.scheduler:
            client = Client(args.scheduler)
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, local_directory=scratch)
            client = Client(cluster)
        with client:
            workers = len(client.scheduler_info()["workers"])
            verified, candidate_count = find_edges(signature_files, local(args.representatives), header)
        if not args.scheduler:
            cluster.close()

    # Sorted by preference, as copydesk's own engines order their edges: the same bytes every run.
    verified.sort(key=lambda c: (c[0], c[1]))
    with open(args.out, "w", encoding="utf-8") as out:
        head = {"copydesk": "dedup-edges", **{key: header[key] for key in HEADER_KEYS}, "candidatePairs": candidate_count}
        out.write(json.dumps(head, separators=(",", ":")) + "\n")
        for _, _, ordinal_a, ordinal_b, similarity, _ in verified:
            out.write(json.dumps({"a": ordinal_a, "b": ordinal_b, "similarity": similarity}, separators=(",", ":")) + "\n")
    print(f"{len(verified)} verified pairs of {candidate_count} candidates, on {workers} Dask workers, written to {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
