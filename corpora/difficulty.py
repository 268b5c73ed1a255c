"""Difficulty sanity check used while developing the corpus (not the evaluation baseline).

TF-IDF over word 1-2 grams with logistic regression, trained on train, scored on test: if it
scored above 0.97 macro-F1 the test split would be too easy or leaking. Also scores a
held-out fifth of train (same bank half) to show how much of the difficulty is the held-out
phrasing rather than the labels themselves.

    .venv/bin/python -m corpora.difficulty          # about 2 minutes on 2 cores
"""

from __future__ import annotations

import json
from pathlib import Path

from corpora.build import DATA_DIR, read


def tfidf_macro_f1(train: list[dict], test: list[dict]) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score

    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    x_train = vec.fit_transform([r["text"] for r in train])
    clf = LogisticRegression(max_iter=2000, C=10.0)
    clf.fit(x_train, [r["label"] for r in train])
    predicted = clf.predict(vec.transform([r["text"] for r in test]))
    return float(f1_score([r["label"] for r in test], predicted, average="macro"))


def main(data_dir: Path = DATA_DIR) -> dict:
    splits = read(data_dir)
    train = splits["train"]
    cut = len(train) * 4 // 5
    result = {
        "train_to_test_macro_f1": round(tfidf_macro_f1(train, splits["test"]), 4),
        "train_to_dev_macro_f1": round(tfidf_macro_f1(train, splits["dev"]), 4),
        "within_train_half_macro_f1": round(tfidf_macro_f1(train[:cut], train[cut:]), 4),
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
