#!/bin/bash
mkdir -p data/raw
curl -L -o data/raw/arxiv-scientific-research-papers-dataset.zip \
  https://www.kaggle.com/api/v1/datasets/download/sumitm004/arxiv-scientific-research-papers-dataset
unzip -o data/raw/arxiv-scientific-research-papers-dataset.zip -d data/raw
rm data/raw/arxiv-scientific-research-papers-dataset.zip
