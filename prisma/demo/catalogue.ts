// The demo catalogue: a few well-known benchmarks across areas, each row with only numbers as its paper
// reports them and the place in the paper where they stand.

type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "NOT_RANKED";

export type DemoMetric = { name: string; direction: Direction; unit?: string; description?: string };

export type DemoRow = {
  model: string;
  paper: string;
  values: Record<string, string>;
  evidence: string;
  extraData?: string;
  code?: string;
};

export type DemoBenchmark = { task: string; dataset: string; metrics: DemoMetric[]; rows: DemoRow[]; description?: string };

export const DEMO_AREAS = [
  { name: "Computer Vision", description: "Seeing: classification, detection, generation and analysis of images and video." },
  { name: "Natural Language Processing", description: "Reading and writing: understanding, generating and translating text." },
  { name: "Speech", description: "Hearing and speaking: recognition and synthesis of spoken language." },
];

export const DEMO_TASKS = [
  {
    name: "Image Classification",
    area: "Computer Vision",
    synonyms: ["Object Recognition"],
    description:
      "**Image classification** assigns a label from a fixed set of categories to a whole image. Leaderboards usually report top-1 and top-5 accuracy on a held-out set.",
  },
  {
    name: "Object Detection",
    area: "Computer Vision",
    description:
      "**Object detection** finds every instance of known object classes in an image and outputs a bounding box and a class for each. COCO's box AP averages precision over IoU thresholds from 0.5 to 0.95.",
  },
  {
    name: "Image Generation",
    area: "Computer Vision",
    synonyms: ["Image Synthesis"],
    description:
      "**Image generation** learns a model that produces new images like those of a dataset. Sample quality is measured with the Fréchet Inception Distance (FID, lower is better) and the Inception Score (higher is better).",
  },
  {
    name: "Emotion Recognition",
    area: "Computer Vision",
    description: "Recognising human emotions from faces, voice or text.",
  },
  {
    name: "Facial Expression Recognition (FER)",
    area: "Computer Vision",
    parent: "Emotion Recognition",
    synonyms: ["Facial Expression Recognition", "FER"],
    description:
      "**Facial expression recognition** classifies the expression of a face (for example neutral, happy, sad, surprise, fear, disgust, anger, contempt) from a still image or a video.",
  },
  {
    name: "Question Answering",
    area: "Natural Language Processing",
    synonyms: ["Reading Comprehension"],
    description:
      "**Question answering** answers a question in natural language; in extractive reading comprehension the answer is a span of a given passage. Exact match (EM) and token-level F1 are the usual metrics.",
  },
  {
    name: "Natural Language Inference",
    area: "Natural Language Processing",
    synonyms: ["Recognizing Textual Entailment", "NLI"],
    description: "**Natural language inference** decides whether a premise entails, contradicts or is neutral towards a hypothesis.",
  },
  {
    name: "Machine Translation",
    area: "Natural Language Processing",
    description: "**Machine translation** translates text from one language into another; BLEU compares the output with reference translations.",
  },
  {
    name: "Language Modelling",
    area: "Natural Language Processing",
    description:
      "**Language modelling** predicts the next word or character of a text. Word-level perplexity on the test set is the usual measure (lower is better).",
  },
  {
    name: "Speech Recognition",
    area: "Speech",
    synonyms: ["Automatic Speech Recognition", "ASR"],
    description: "**Speech recognition** transcribes spoken audio into text. Word error rate (WER, lower is better) is the usual measure.",
  },
];

export const DEMO_DATASETS = [
  {
    name: "ImageNet",
    homepage: "https://www.image-net.org/",
    modalities: "Images",
    description: "The ILSVRC 2012 subset of ImageNet: about 1.28 million training images and 50,000 validation images in 1,000 object classes.",
  },
  {
    name: "CIFAR-10",
    homepage: "https://www.cs.toronto.edu/~kriz/cifar.html",
    modalities: "Images",
    description: "60,000 colour images of 32×32 pixels in 10 classes, 50,000 for training and 10,000 for testing.",
  },
  {
    name: "COCO",
    homepage: "https://cocodataset.org/",
    licence: "CC BY 4.0 (annotations)",
    modalities: "Images",
    description: "Common Objects in Context: images of everyday scenes with instance annotations for 80 object categories.",
    subsets: [{ name: "test-dev", description: "The COCO test split whose results are scored by the evaluation server." }],
  },
  {
    name: "AffectNet",
    homepage: "http://mohammadmahoor.com/affectnet/",
    licence: "Research use only",
    modalities: "Images",
    description:
      "More than a million facial images gathered from the web with 1,250 emotion-related keywords in six languages; about 440,000 of them manually annotated with eight expressions, valence and arousal.",
  },
  {
    name: "SQuAD1.1",
    homepage: "https://rajpurkar.github.io/SQuAD-explorer/",
    licence: "CC BY-SA 4.0",
    modalities: "Text",
    description: "The Stanford Question Answering Dataset: over 100,000 questions posed by crowd workers on Wikipedia articles.",
  },
  {
    name: "SNLI",
    homepage: "https://nlp.stanford.edu/projects/snli/",
    licence: "CC BY-SA 4.0",
    modalities: "Text",
    description: "The Stanford Natural Language Inference corpus: 570,000 English sentence pairs labelled entailment, contradiction or neutral.",
  },
  {
    name: "WMT2014 English-German",
    homepage: "https://www.statmt.org/wmt14/translation-task.html",
    modalities: "Text",
    description: "The English→German news translation task of the 2014 Workshop on Statistical Machine Translation; newstest2014 is the test set.",
  },
  {
    name: "Penn Treebank (Word Level)",
    homepage: "https://catalog.ldc.upenn.edu/LDC99T42",
    modalities: "Text",
    description: "Mikolov's pre-processed Penn Treebank for word-level language modelling: about 1 million words with a 10,000-word vocabulary.",
  },
  {
    name: "LibriSpeech",
    homepage: "https://www.openslr.org/12",
    licence: "CC BY 4.0",
    modalities: "Audio, Text",
    description: "About 1,000 hours of read English speech from LibriVox audiobooks, with 'clean' and 'other' (harder) test sets.",
    subsets: [
      { name: "test-clean", description: "The 'clean' test set of LibriSpeech." },
      { name: "test-other", description: "The 'other', more challenging, test set of LibriSpeech." },
    ],
  },
];

export const DEMO_METHODS = [
  {
    name: "Residual Connection",
    category: "Skip Connections",
    paper: "resnet",
    description: "Adds a block's input to its output, so that the block learns a residual function; it makes very deep networks trainable.",
  },
  {
    name: "Batch Normalization",
    category: "Normalization",
    description: "Normalises each feature over the mini-batch and learns a scale and shift, which stabilises and speeds up training.",
  },
  {
    name: "Layer Normalization",
    category: "Normalization",
    description: "Normalises the features of each example separately, independent of the batch; standard in Transformers.",
  },
  {
    name: "Dropout",
    category: "Regularization",
    description: "Randomly sets activations to zero during training, which keeps units from co-adapting and reduces overfitting.",
  },
  {
    name: "Adam",
    category: "Stochastic Optimization",
    description: "A stochastic optimiser with per-parameter step sizes from running estimates of the first and second moments of the gradients.",
  },
  {
    name: "LSTM",
    fullName: "Long Short-Term Memory",
    category: "Recurrent Neural Networks",
    description: "A recurrent unit with input, forget and output gates around a memory cell, able to keep information over long sequences.",
  },
  {
    name: "Multi-Head Attention",
    category: "Attention Modules",
    paper: "transformer",
    description: "Runs several scaled dot-product attentions in parallel on learned projections and concatenates their outputs.",
  },
  {
    name: "Vision Transformer",
    fullName: "Vision Transformer (ViT)",
    category: "Image Models",
    paper: "vit",
    description: "A Transformer encoder applied to a sequence of flattened image patches with a classification token.",
  },
  {
    name: "Focal Loss",
    category: "Loss Functions",
    paper: "retinanet",
    description: "Cross-entropy scaled down for well-classified examples, so that training focuses on hard ones.",
  },
  {
    name: "Feature Pyramid Network",
    fullName: "Feature Pyramid Network (FPN)",
    category: "Feature Extractors",
    description: "A top-down pathway with lateral connections that builds semantically strong feature maps at every scale.",
  },
  {
    name: "RoIAlign",
    category: "RoI Feature Extractors",
    paper: "mask-rcnn",
    description: "Extracts features for a region of interest with bilinear sampling instead of quantisation, keeping them aligned with the input.",
  },
];

const ACCURACY: DemoMetric = { name: "Top 1 Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" };
const PARAMS: DemoMetric = { name: "Number of params", direction: "NOT_RANKED", description: "Parameters of the model, as reported." };

export const DEMO_BENCHMARKS: DemoBenchmark[] = [
  {
    task: "Facial Expression Recognition (FER)",
    dataset: "AffectNet",
    metrics: [{ name: "Accuracy (8 emotion)", direction: "HIGHER_IS_BETTER", unit: "%", description: "Accuracy over the eight expression classes." }],
    rows: [
      {
        model: "Weighted-Loss",
        paper: "affectnet",
        values: { "Accuracy (8 emotion)": "58" },
        evidence: "Expression recognition baselines: the weighted-loss network, eight classes",
      },
    ],
  },
  {
    task: "Image Classification",
    dataset: "ImageNet",
    metrics: [ACCURACY, PARAMS],
    rows: [
      {
        model: "ViT-H/14",
        paper: "vit",
        values: { "Top 1 Accuracy": "88.55 ± 0.04", "Number of params": "632M" },
        evidence: "Table 2 (accuracy), Table 1 (parameters)",
        extraData: "JFT-300M pre-training",
      },
      {
        model: "ViT-L/16",
        paper: "vit",
        values: { "Top 1 Accuracy": "87.76 ± 0.03", "Number of params": "307M" },
        evidence: "Table 2 (accuracy), Table 1 (parameters)",
        extraData: "JFT-300M pre-training",
      },
      {
        model: "ViT-L/16 (ImageNet-21k)",
        paper: "vit",
        values: { "Top 1 Accuracy": "85.30 ± 0.02", "Number of params": "307M" },
        evidence: "Table 2 (accuracy), Table 1 (parameters)",
        extraData: "ImageNet-21k pre-training",
      },
      {
        model: "Noisy Student (EfficientNet-L2)",
        paper: "noisy-student",
        values: { "Top 1 Accuracy": "88.4", "Number of params": "480M" },
        evidence: "Abstract; Table 2",
        extraData: "JFT-300M unlabelled images",
      },
      { model: "EfficientNet-B7", paper: "efficientnet", values: { "Top 1 Accuracy": "84.3", "Number of params": "66M" }, evidence: "Abstract; Table 2" },
    ],
  },
  {
    task: "Image Classification",
    dataset: "CIFAR-10",
    metrics: [{ name: "Percentage error", direction: "LOWER_IS_BETTER", unit: "%" }, PARAMS],
    rows: [
      {
        model: "ResNet-110",
        paper: "resnet",
        values: { "Percentage error": "6.43", "Number of params": "1.7M" },
        evidence: "Table 6 (best of 5 runs; mean 6.61 ± 0.16)",
      },
      { model: "ResNet-56", paper: "resnet", values: { "Percentage error": "6.97", "Number of params": "0.85M" }, evidence: "Table 6" },
      { model: "ResNet-44", paper: "resnet", values: { "Percentage error": "7.17", "Number of params": "0.66M" }, evidence: "Table 6" },
      { model: "ResNet-32", paper: "resnet", values: { "Percentage error": "7.51", "Number of params": "0.46M" }, evidence: "Table 6" },
      { model: "ResNet-1202", paper: "resnet", values: { "Percentage error": "7.93", "Number of params": "19.4M" }, evidence: "Table 6" },
      { model: "ResNet-20", paper: "resnet", values: { "Percentage error": "8.75", "Number of params": "0.27M" }, evidence: "Table 6" },
    ],
  },
  {
    task: "Object Detection",
    dataset: "COCO/test-dev",
    metrics: [
      { name: "box AP", direction: "HIGHER_IS_BETTER", description: "Box average precision over IoU 0.50:0.95." },
      { name: "AP50", direction: "HIGHER_IS_BETTER", description: "Box average precision at IoU 0.50." },
      { name: "AP75", direction: "HIGHER_IS_BETTER", description: "Box average precision at IoU 0.75." },
    ],
    rows: [
      { model: "RetinaNet (ResNeXt-101-FPN)", paper: "retinanet", values: { "box AP": "40.8", AP50: "61.1", AP75: "44.1" }, evidence: "Table 2" },
      { model: "Mask R-CNN (ResNeXt-101-FPN)", paper: "mask-rcnn", values: { "box AP": "39.8", AP50: "62.3", AP75: "43.4" }, evidence: "Table 3" },
      { model: "Mask R-CNN (ResNet-101-FPN)", paper: "mask-rcnn", values: { "box AP": "38.2", AP50: "60.3", AP75: "41.7" }, evidence: "Table 3" },
    ],
  },
  {
    task: "Image Generation",
    dataset: "CIFAR-10",
    metrics: [
      { name: "FID", direction: "LOWER_IS_BETTER", description: "Fréchet Inception Distance between generated and real images." },
      { name: "Inception score", direction: "HIGHER_IS_BETTER" },
    ],
    rows: [
      { model: "DDPM", paper: "ddpm", values: { FID: "3.17", "Inception score": "9.46" }, evidence: "Table 1 (unconditional)" },
      { model: "NCSN", paper: "ncsn", values: { FID: "25.32", "Inception score": "8.87" }, evidence: "Table 1 (unconditional)" },
    ],
  },
  {
    task: "Question Answering",
    dataset: "SQuAD1.1",
    metrics: [
      { name: "EM", direction: "HIGHER_IS_BETTER", unit: "%", description: "Exact match on the hidden test set." },
      { name: "F1", direction: "HIGHER_IS_BETTER", unit: "%", description: "Token-level F1 on the hidden test set." },
    ],
    rows: [
      { model: "BERT-Large (ensemble)", paper: "bert", values: { EM: "87.4", F1: "93.2" }, evidence: "Table 2 (test, Ens.+TriviaQA)", extraData: "TriviaQA" },
      { model: "BERT-Large (single)", paper: "bert", values: { EM: "85.1", F1: "91.8" }, evidence: "Table 2 (test, Sgl.+TriviaQA)", extraData: "TriviaQA" },
      { model: "BiDAF (ensemble)", paper: "bidaf", values: { EM: "73.3", F1: "81.1" }, evidence: "Table 1a (test)" },
      { model: "BiDAF (single)", paper: "bidaf", values: { EM: "67.7", F1: "77.3" }, evidence: "Table 1a (test)" },
      { model: "Logistic Regression", paper: "squad", values: { EM: "40.4", F1: "51.0" }, evidence: "Results table (test)" },
    ],
  },
  {
    task: "Natural Language Inference",
    dataset: "SNLI",
    metrics: [{ name: "% Test Accuracy", direction: "HIGHER_IS_BETTER", unit: "%" }],
    rows: [
      { model: "HIM (ESIM + syntactic tree-LSTM)", paper: "esim", values: { "% Test Accuracy": "88.6" }, evidence: "Table 1" },
      { model: "ESIM", paper: "esim", values: { "% Test Accuracy": "88.0" }, evidence: "Table 1" },
      { model: "Lexicalized classifier", paper: "snli", values: { "% Test Accuracy": "78.2" }, evidence: "Table 6" },
      { model: "100d LSTM encoders", paper: "snli", values: { "% Test Accuracy": "77.6" }, evidence: "Table 6" },
    ],
  },
  {
    task: "Machine Translation",
    dataset: "WMT2014 English-German",
    metrics: [{ name: "BLEU score", direction: "HIGHER_IS_BETTER", description: "Case-sensitive BLEU on newstest2014." }],
    rows: [
      { model: "Transformer (big)", paper: "transformer", values: { "BLEU score": "28.4" }, evidence: "Table 2" },
      { model: "Transformer (base)", paper: "transformer", values: { "BLEU score": "27.3" }, evidence: "Table 2" },
    ],
  },
  {
    task: "Language Modelling",
    dataset: "Penn Treebank (Word Level)",
    metrics: [
      { name: "Test perplexity", direction: "LOWER_IS_BETTER" },
      { ...PARAMS, name: "Params" },
    ],
    rows: [
      { model: "GPT-2 (zero-shot)", paper: "gpt-2", values: { "Test perplexity": "35.76", Params: "1542M" }, evidence: "Table 3", extraData: "WebText" },
      { model: "AWD-LSTM-MoS + dynamic evaluation", paper: "mos", values: { "Test perplexity": "47.69", Params: "22M" }, evidence: "Table 1" },
      { model: "AWD-LSTM + continuous cache pointer", paper: "awd-lstm", values: { "Test perplexity": "52.8", Params: "24M" }, evidence: "Table 1" },
      { model: "AWD-LSTM-MoS", paper: "mos", values: { "Test perplexity": "54.44", Params: "22M" }, evidence: "Table 1" },
      { model: "AWD-LSTM", paper: "awd-lstm", values: { "Test perplexity": "57.3", Params: "24M" }, evidence: "Table 1" },
      { model: "Large regularized LSTM", paper: "zaremba", values: { "Test perplexity": "78.4", Params: "66M" }, evidence: "Table 1" },
    ],
  },
  {
    task: "Speech Recognition",
    dataset: "LibriSpeech/test-clean",
    metrics: [{ name: "Word Error Rate (WER)", direction: "LOWER_IS_BETTER", unit: "%" }],
    rows: [
      {
        model: "wav2vec 2.0 (LARGE, LV-60k)",
        paper: "wav2vec2",
        values: { "Word Error Rate (WER)": "1.8" },
        evidence: "Abstract; Table 2 (960h labelled, Transformer LM)",
        extraData: "LibriVox LV-60k unlabelled audio",
      },
      { model: "Conformer (L) + LM", paper: "conformer", values: { "Word Error Rate (WER)": "1.9" }, evidence: "Abstract; Table 2" },
      { model: "Conformer (L), no LM", paper: "conformer", values: { "Word Error Rate (WER)": "2.1" }, evidence: "Abstract; Table 2" },
    ],
  },
  {
    task: "Speech Recognition",
    dataset: "LibriSpeech/test-other",
    metrics: [{ name: "Word Error Rate (WER)", direction: "LOWER_IS_BETTER", unit: "%" }],
    rows: [
      {
        model: "wav2vec 2.0 (LARGE, LV-60k)",
        paper: "wav2vec2",
        values: { "Word Error Rate (WER)": "3.3" },
        evidence: "Abstract; Table 2 (960h labelled, Transformer LM)",
        extraData: "LibriVox LV-60k unlabelled audio",
      },
      { model: "Conformer (L) + LM", paper: "conformer", values: { "Word Error Rate (WER)": "3.9" }, evidence: "Abstract; Table 2" },
      { model: "Conformer (L), no LM", paper: "conformer", values: { "Word Error Rate (WER)": "4.3" }, evidence: "Abstract; Table 2" },
    ],
  },
];
