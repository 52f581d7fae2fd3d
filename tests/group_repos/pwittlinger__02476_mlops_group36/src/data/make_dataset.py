import logging
from os.path import exists
from pathlib import Path
import click
from dotenv import find_dotenv, load_dotenv
from notebooks.utility_functions import text_processing
    logger = logging.getLogger(__name__)
