import streamlit as st
from PIL import Image
def image_to_bytes(image: Image.Image, format: str = "JPEG") -> bytes:
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
