import streamlit as st
from google.cloud import run_v2
from PIL import Image
from typing import Optional, Dict, Any
def get_backend_url() -> Optional[str]:
def classify_image(files: Dict[str, Any], backend: str) -> Optional[Dict[str, Any]]:
def preprocess_image(files: Dict[str, Any], backend: str) -> Optional[Image.Image]:
def main() -> None:
