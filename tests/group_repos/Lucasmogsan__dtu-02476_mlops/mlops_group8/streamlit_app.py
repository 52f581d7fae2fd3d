import streamlit as st
from mlops_group8.predict_model import predict
from google.cloud import storage
# ----------------------------------------------------------------------
# ----------------------------------------------------------------------
