// Conformance case 'user-ml-inference': an app as a CDK user writes it: ML inference in an isolated
// VPC (no NAT; an S3 gateway endpoint), model files cached on EFS (provisioned throughput) that
// functions mount through access points with a POSIX user; a real-time predictor (arm64, a Python
// layer for two runtimes and both architectures, ephemeral storage, a security group of its own
// with no open egress, reading a models prefix of a versioned bucket) and a batch scorer built from
// a Dockerfile folder (10 GB memory, 15 minutes, writing the results prefix), which may call the
// predictor; outputs.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'MlInference', {
  description: 'Fraud scoring models: real-time and batch inference',
});

const vpc = new ec2.Vpc(stack, 'InferenceVpc', {
  maxAzs: 2,
  natGateways: 0,
  subnetConfiguration: [
    { name: 'Inference', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
  ],
  gatewayEndpoints: {
    S3: { service: ec2.GatewayVpcEndpointAwsService.S3 },
  },
  restrictDefaultSecurityGroup: false,
});

const models = new s3.Bucket(stack, 'Models', {
  versioned: true,
  encryption: s3.BucketEncryption.S3_MANAGED,
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
});

const cache = new efs.FileSystem(stack, 'ModelCache', {
  vpc,
  throughputMode: efs.ThroughputMode.PROVISIONED,
  provisionedThroughputPerSecond: cdk.Size.mebibytes(128),
  performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
  lifecyclePolicy: efs.LifecyclePolicy.AFTER_30_DAYS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const modelsAccess = new efs.AccessPoint(stack, 'ModelsAccess', {
  fileSystem: cache,
  path: '/models',
  createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' },
  posixUser: { uid: '1001', gid: '1001' },
});
const scratchAccess = cache.addAccessPoint('ScratchAccess', {
  path: '/scratch',
  createAcl: { ownerUid: '1002', ownerGid: '1002', permissions: '770' },
  posixUser: { uid: '1002', gid: '1002', secondaryGids: ['1001'] },
});

const mlUtils = new lambda.LayerVersion(stack, 'MlUtils', {
  code: lambda.Code.fromAsset(path.join(__dirname, 'layers', 'numpy')),
  compatibleRuntimes: [lambda.Runtime.PYTHON_3_11, lambda.Runtime.PYTHON_3_12],
  compatibleArchitectures: [lambda.Architecture.X86_64, lambda.Architecture.ARM_64],
  license: 'BSD-3-Clause',
  layerVersionName: 'ml-utils',
  description: 'feature normalisation helpers',
  removalPolicy: cdk.RemovalPolicy.RETAIN,
});

const predictorSg = new ec2.SecurityGroup(stack, 'PredictorSg', {
  vpc,
  description: 'real-time predictor',
  allowAllOutbound: false,
});
predictorSg.addEgressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(443), 'HTTPS inside the VPC');

const predict = new lambda.Function(stack, 'Predict', {
  runtime: lambda.Runtime.PYTHON_3_12,
  architecture: lambda.Architecture.ARM_64,
  handler: 'app.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'predict')),
  layers: [mlUtils],
  memorySize: 3008,
  timeout: cdk.Duration.seconds(30),
  ephemeralStorageSize: cdk.Size.gibibytes(2),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
  securityGroups: [predictorSg],
  filesystem: lambda.FileSystem.fromEfsAccessPoint(modelsAccess, '/mnt/models'),
  environment: {
    MODEL_DIR: '/mnt/models',
    MODEL_BUCKET: models.bucketName,
  },
});
models.grantRead(predict, 'models/*');

const scorer = new lambda.DockerImageFunction(stack, 'BatchScorer', {
  code: lambda.DockerImageCode.fromImageAsset(path.join(__dirname, 'scorer')),
  memorySize: 10240,
  timeout: cdk.Duration.minutes(15),
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(scratchAccess, '/mnt/scratch'),
  environment: {
    MODEL_BUCKET: models.bucketName,
    PREDICT_FUNCTION: predict.functionName,
  },
});
models.grantReadWrite(scorer, 'results/*');
models.grantRead(scorer, 'models/*');
predict.grantInvoke(scorer);

new cdk.CfnOutput(stack, 'PredictArn', { value: predict.functionArn });
new cdk.CfnOutput(stack, 'ScorerName', { value: scorer.functionName });
new cdk.CfnOutput(stack, 'ModelCacheId', { value: cache.fileSystemId });
app.synth();
