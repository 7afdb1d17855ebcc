import pathlib

PYTHON_DIR = pathlib.Path(__file__).resolve().parent.parent
REPOSITORY = PYTHON_DIR.parent
