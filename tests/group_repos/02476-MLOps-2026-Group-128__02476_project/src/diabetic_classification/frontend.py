from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
import streamlit as st

BASE_DIR = Path(__file__).resolve().parent
FEATURE_SET_PATH = BASE_DIR / "configs" / "feature_sets" / "feature_set1.json"
STATS_PATH = BASE_DIR / "data" / "processed" / "standardization_params.csv"
TRAIN_DATA_PATH = BASE_DIR / "data" / "processed" / "train_data.csv"
API_PATH = "/predict/diagnosed_diabetes/MLP/feature_set1/"

DEFAULT_FEATURES = [
    "age",
    "alcohol_consumption_per_week",
    "physical_activity_minutes_per_week",
    "sleep_hours_per_day",
    "screen_time_hours_per_day",
    "family_history_diabetes",
    "bmi",
    "systolic_bp",
    "diastolic_bp",
    "heart_rate",
    "gender_female",
    "gender_male",
    "gender_other",
    "ethnicity_asian",
    "ethnicity_black",
    "ethnicity_hispanic",
    "ethnicity_other",
    "ethnicity_white",
    "education_level_graduate",
    "education_level_highschool",
    "education_level_no_formal",
    "education_level_postgraduate",
    "income_level_high",
    "income_level_low",
    "income_level_lower-middle",
    "income_level_middle",
    "income_level_upper-middle",
    "employment_status_employed",
    "employment_status_retired",
    "employment_status_student",
    "employment_status_unemployed",
    "smoking_status_current",
    "smoking_status_former",
    "smoking_status_never",
    "insulin_level",
]

FALLBACK_NUMERIC_STATS = {
    "age": {"mean": 50.0965, "std": 15.593308},
    "alcohol_consumption_per_week": {"mean": 2.0030375, "std": 1.418874},
    "physical_activity_minutes_per_week": {"mean": 119.08965, "std": 84.76467},
    "diet_score": {"mean": 5.99385, "std": 1.7819422},
    "sleep_hours_per_day": {"mean": 6.999059, "std": 1.0947185},
    "screen_time_hours_per_day": {"mean": 5.9943647, "std": 2.4693437},
    "family_history_diabetes": {"mean": 0.2194375, "std": 0.41386813},
    "hypertension_history": {"mean": 0.2519625, "std": 0.43414256},
    "cardiovascular_history": {"mean": 0.0792625, "std": 0.2701497},
    "bmi": {"mean": 25.606987, "std": 3.5894969},
    "waist_to_hip_ratio": {"mean": 0.8560336, "std": 0.04693122},
    "systolic_bp": {"mean": 115.79267, "std": 14.27097},
    "diastolic_bp": {"mean": 75.2262, "std": 8.202417},
    "heart_rate": {"mean": 69.61956, "std": 8.403044},
    "cholesterol_total": {"mean": 185.97113, "std": 32.00925},
    "hdl_cholesterol": {"mean": 54.0492, "std": 10.2607355},
    "ldl_cholesterol": {"mean": 102.9729, "std": 33.375965},
    "triglycerides": {"mean": 121.41988, "std": 43.405415},
    "glucose_postprandial": {"mean": 160.06563, "std": 30.91229},
    "insulin_level": {"mean": 9.0612755, "std": 4.951205},
}

BASE_CSS = """
@import url('https://fonts.googleapis.com/css2?family=Space+Grotesk:wght@400;600;700&display=swap');
@import url('https://fonts.googleapis.com/css2?family=Source+Serif+4:wght@400;600&display=swap');

:root {
  --bg-1: #f4f1e8;
  --bg-2: #e7f2ef;
  --text: #1f2937;
  --muted: #475569;
  --accent: #1f7a6b;
  --accent-2: #e07a5f;
  --card: rgba(255, 255, 255, 0.78);
  --border: rgba(15, 23, 42, 0.12);
}

html, body, [class*="css"] {
  font-family: "Source Serif 4", serif;
}

.stApp {
  background:
    radial-gradient(circle at 12% 18%, rgba(255, 241, 227, 0.75), transparent 46%),
    radial-gradient(circle at 88% 8%, rgba(229, 244, 255, 0.6), transparent 40%),
    linear-gradient(125deg, var(--bg-1), var(--bg-2));
  color: var(--text);
}

h1, h2, h3, h4, h5 {
  font-family: "Space Grotesk", sans-serif;
  letter-spacing: -0.02em;
}

#MainMenu, footer, header {
  visibility: hidden;
}

.hero {
  background: linear-gradient(135deg, rgba(31, 122, 107, 0.12), rgba(224, 122, 95, 0.12));
  border: 1px solid var(--border);
  border-radius: 22px;
  padding: 1.75rem 2rem;
  box-shadow: 0 24px 50px rgba(15, 23, 42, 0.08);
  animation: rise 0.8s ease-out both;
}

.hero-eyebrow {
  text-transform: uppercase;
  letter-spacing: 0.18em;
  font-size: 0.72rem;
  color: var(--muted);
}

.hero-title {
  font-size: 2.2rem;
  margin: 0.3rem 0 0.6rem;
}

.hero-chip {
  display: inline-block;
  margin-top: 0.6rem;
  padding: 0.35rem 0.7rem;
  border-radius: 999px;
  border: 1px solid rgba(31, 122, 107, 0.3);
  font-size: 0.85rem;
  color: var(--muted);
  background: rgba(255, 255, 255, 0.7);
}

div[data-testid="stForm"] {
  background: var(--card);
  border: 1px solid var(--border);
  border-radius: 20px;
  padding: 1.4rem 1.6rem;
  box-shadow: 0 16px 32px rgba(15, 23, 42, 0.06);
}

div[data-testid="stForm"] > div {
  gap: 1.2rem;
}

button[kind="primary"] {
  background: var(--accent);
  border-radius: 14px;
  padding: 0.65rem 1.8rem;
  font-weight: 600;
}

button[kind="primary"]:hover {
  background: #18695d;
}

section[data-testid="stSidebar"] {
  background: rgba(255, 255, 255, 0.7);
  border-right: 1px solid var(--border);
}

.result-card {
  border-radius: 22px;
  border: 1px solid var(--border);
  padding: 1.8rem;
  box-shadow: 0 16px 40px rgba(15, 23, 42, 0.12);
  background: rgba(255, 255, 255, 0.85);
  animation: fade-in 0.7s ease-out both;
}

.result-title {
  font-size: 2rem;
  margin-bottom: 0.4rem;
}

.result-sub {
  color: var(--muted);
  font-size: 1rem;
}

.result-pill {
  display: inline-block;
  margin-top: 0.8rem;
  padding: 0.4rem 0.9rem;
  border-radius: 999px;
  font-weight: 600;
  font-size: 0.95rem;
}

@keyframes rise {
  from {
    opacity: 0;
    transform: translateY(14px);
  }
  to {
    opacity: 1;
    transform: translateY(0);
  }
}

@keyframes fade-in {
  from {
    opacity: 0;
    transform: translateY(10px);
  }
  to {
    opacity: 1;
    transform: translateY(0);
  }
}
"""


@dataclass(frozen=True)
class NumericField:
    """Configuration for a numeric input field."""

    key: str
    label: str
    unit: str
    min_value: float
    max_value: float
    step: float
    input_type: str
    allow_unknown: bool


@dataclass(frozen=True)
class CategoryField:
    """Configuration for a categorical input field."""

    name: str
    label: str
    options: list[str]
    feature_keys: list[str]
    mapping: dict[str, dict[str, float]]
    widget: str


NUMERIC_FIELDS = {
    "age": NumericField("age", "Age", "years", 0, 100, 1, "slider", False),
    "alcohol_consumption_per_week": NumericField(
        "alcohol_consumption_per_week", "Alcohol per week", "drinks/week", 0, 20, 0.5, "slider", False
    ),
    "physical_activity_minutes_per_week": NumericField(
        "physical_activity_minutes_per_week", "Activity per week", "min/week", 0, 600, 10, "slider", False
    ),
    "diet_score": NumericField("diet_score", "Diet score", "score", 0, 10, 0.1, "slider", False),
    "sleep_hours_per_day": NumericField(
        "sleep_hours_per_day", "Sleep per day", "hours/day", 0, 12, 0.1, "slider", False
    ),
    "screen_time_hours_per_day": NumericField(
        "screen_time_hours_per_day", "Screen time per day", "hours/day", 0, 16, 0.5, "slider", False
    ),
    "bmi": NumericField("bmi", "BMI", "kg/m2", 12, 45, 0.1, "number", False),
    "waist_to_hip_ratio": NumericField(
        "waist_to_hip_ratio", "Waist-to-hip ratio", "ratio", 0.6, 1.2, 0.01, "number", False
    ),
    "systolic_bp": NumericField("systolic_bp", "Systolic blood pressure", "mmHg", 80, 200, 1, "number", False),
    "diastolic_bp": NumericField("diastolic_bp", "Diastolic blood pressure", "mmHg", 50, 130, 1, "number", False),
    "heart_rate": NumericField("heart_rate", "Heart rate", "bpm", 40, 140, 1, "slider", False),
    "cholesterol_total": NumericField("cholesterol_total", "Total cholesterol", "mg/dL", 100, 300, 1, "number", True),
    "hdl_cholesterol": NumericField("hdl_cholesterol", "HDL cholesterol", "mg/dL", 20, 120, 1, "number", True),
    "ldl_cholesterol": NumericField("ldl_cholesterol", "LDL cholesterol", "mg/dL", 40, 250, 1, "number", True),
    "triglycerides": NumericField("triglycerides", "Triglycerides", "mg/dL", 50, 400, 1, "number", True),
    "glucose_postprandial": NumericField(
        "glucose_postprandial", "Postprandial glucose", "mg/dL", 80, 300, 1, "number", True
    ),
    "insulin_level": NumericField("insulin_level", "Insulin level", "uIU/mL", 2, 30, 0.1, "number", True),
}

GENDER_FIELD = CategoryField(
    name="gender",
    label="Gender",
    options=["Female", "Male", "Other"],
    feature_keys=["gender_male", "gender_other"],
    mapping={
        "Female": {"gender_male": 0.0, "gender_other": 0.0},
        "Male": {"gender_male": 1.0, "gender_other": 0.0},
        "Other": {"gender_male": 0.0, "gender_other": 1.0},
    },
    widget="radio",
)

ETHNICITY_FIELD = CategoryField(
    name="ethnicity",
    label="Ethnicity",
    options=["Asian", "Black", "Hispanic", "White", "Other"],
    feature_keys=["ethnicity_black", "ethnicity_hispanic", "ethnicity_other", "ethnicity_white"],
    mapping={
        "Asian": {
            "ethnicity_black": 0.0,
            "ethnicity_hispanic": 0.0,
            "ethnicity_other": 0.0,
            "ethnicity_white": 0.0,
        },
        "Black": {"ethnicity_black": 1.0},
        "Hispanic": {"ethnicity_hispanic": 1.0},
        "White": {"ethnicity_white": 1.0},
        "Other": {"ethnicity_other": 1.0},
    },
    widget="select",
)

EDUCATION_FIELD = CategoryField(
    name="education",
    label="Education",
    options=["Graduate", "High school", "No formal education", "Postgraduate", "I don't know"],
    feature_keys=["education_level_highschool", "education_level_no_formal", "education_level_postgraduate"],
    mapping={
        "Graduate": {
            "education_level_highschool": 0.0,
            "education_level_no_formal": 0.0,
            "education_level_postgraduate": 0.0,
        },
        "High school": {"education_level_highschool": 1.0},
        "No formal education": {"education_level_no_formal": 1.0},
        "Postgraduate": {"education_level_postgraduate": 1.0},
    },
    widget="select",
)

INCOME_FIELD = CategoryField(
    name="income",
    label="Income",
    options=["High", "Upper-middle", "Middle", "Lower-middle", "Low", "I don't know"],
    feature_keys=[
        "income_level_low",
        "income_level_lower-middle",
        "income_level_middle",
        "income_level_upper-middle",
    ],
    mapping={
        "High": {
            "income_level_low": 0.0,
            "income_level_lower-middle": 0.0,
            "income_level_middle": 0.0,
            "income_level_upper-middle": 0.0,
        },
        "Upper-middle": {"income_level_upper-middle": 1.0},
        "Middle": {"income_level_middle": 1.0},
        "Lower-middle": {"income_level_lower-middle": 1.0},
        "Low": {"income_level_low": 1.0},
    },
    widget="select",
)

EMPLOYMENT_FIELD = CategoryField(
    name="employment",
    label="Employment status",
    options=["Employed", "Retired", "Student", "Unemployed", "I don't know"],
    feature_keys=["employment_status_retired", "employment_status_student", "employment_status_unemployed"],
    mapping={
        "Employed": {
            "employment_status_retired": 0.0,
            "employment_status_student": 0.0,
            "employment_status_unemployed": 0.0,
        },
        "Retired": {"employment_status_retired": 1.0},
        "Student": {"employment_status_student": 1.0},
        "Unemployed": {"employment_status_unemployed": 1.0},
    },
    widget="select",
)

SMOKING_FIELD = CategoryField(
    name="smoking",
    label="Smoking status",
    options=["Current", "Former", "Never", "I don't know"],
    feature_keys=["smoking_status_former", "smoking_status_never"],
    mapping={
        "Current": {"smoking_status_former": 0.0, "smoking_status_never": 0.0},
        "Former": {"smoking_status_former": 1.0, "smoking_status_never": 0.0},
        "Never": {"smoking_status_former": 0.0, "smoking_status_never": 1.0},
    },
    widget="radio",
)

TRI_STATE_FIELDS = [
    ("family_history_diabetes", "Family history of diabetes"),
    ("hypertension_history", "Hypertension"),
    ("cardiovascular_history", "Cardiovascular disease"),
]


@st.cache_data
def load_feature_list(path_str: str) -> list[str]:
    """
    Load the feature list from disk.

    Args:
        path_str: Path to the feature set JSON file.

    Returns:
        List of feature names in the expected order.

    """
    path = Path(path_str)
    if path.exists():
        try:
            with path.open("r", encoding="utf-8") as handle:
                data = json.load(handle)
            if isinstance(data, list):
                return [str(item) for item in data]
        except (json.JSONDecodeError, OSError):
            return DEFAULT_FEATURES.copy()
    return DEFAULT_FEATURES.copy()


@st.cache_data
def load_numeric_stats(path_str: str) -> dict[str, dict[str, float]]:
    """
    Load normalization statistics for numeric features.

    Args:
        path_str: Path to the standardization parameters CSV.

    Returns:
        Mapping of feature -> mean/std.

    """
    stats = {key: value.copy() for key, value in FALLBACK_NUMERIC_STATS.items()}
    path = Path(path_str)
    if not path.exists():
        return stats
    try:
        with path.open("r", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            for row in reader:
                feature = row.get("feature")
                if not feature:
                    continue
                try:
                    mean = float(row.get("mean", "0"))
                    std = float(row.get("std", "1"))
                except ValueError:
                    continue
                stats[feature] = {"mean": mean, "std": std}
    except OSError:
        return stats
    return stats


@st.cache_data
def load_categorical_defaults(
    path_str: str,
    feature_list: list[str],
    numeric_features: set[str],
) -> dict[str, float]:
    """
    Compute default values for categorical features from training data.

    Args:
        path_str: Path to the processed training CSV.
        feature_list: Ordered list of all expected feature keys.
        numeric_features: Set of numeric feature keys.

    Returns:
        Mapping of categorical feature -> mean prevalence.

    """
    defaults = {feature: 0.0 for feature in feature_list if feature not in numeric_features}
    path = Path(path_str)
    if not path.exists():
        return defaults
    sums = {feature: 0.0 for feature in defaults}
    count = 0
    try:
        with path.open("r", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            for row in reader:
                count += 1
                for feature in sums:
                    value = row.get(feature)
                    if value is None:
                        continue
                    try:
                        sums[feature] += float(value)
                    except ValueError:
                        continue
    except OSError:
        return defaults
    if count == 0:
        return defaults
    return {feature: sums[feature] / count for feature in sums}


def apply_base_styles() -> None:
    """Inject the base theme styling."""
    st.markdown(f"<style>{BASE_CSS}</style>", unsafe_allow_html=True)


def apply_result_styles(prediction: int | None) -> None:
    """
    Inject background styling based on the prediction outcome.

    Args:
        prediction: Model prediction (1 diabetes, 0 no diabetes).

    """
    if prediction is None:
        return
    if prediction == 1:
        background = "#fde8e8"
        accent = "#b42318"
    else:
        background = "#e8f7ee"
        accent = "#027a48"
    css = f"""
    .stApp {{
      background: {background};
    }}
    section[data-testid="stSidebar"] {{
      background: {background};
    }}
    .result-pill {{
      background: {accent};
      color: #ffffff;
    }}
    """
    st.markdown(f"<style>{css}</style>", unsafe_allow_html=True)


def clamp(value: float, min_value: float, max_value: float) -> float:
    """
    Clamp a value within min and max bounds.

    Args:
        value: Value to clamp.
        min_value: Minimum allowed value.
        max_value: Maximum allowed value.

    Returns:
        Clamped value.

    """
    return max(min_value, min(value, max_value))


def align_to_step(value: float, min_value: float, step: float) -> float:
    """
