from setuptools import find_packages, setup

setup(
    name="src",
    packages=find_packages(),
    version="0.1.0",
    description="Mandatory project for 02476 MLOps course at DTU. Project scope to be determined.",
    author="Spyros-Benjamin-Jens-Philippe",
    license="",
)
