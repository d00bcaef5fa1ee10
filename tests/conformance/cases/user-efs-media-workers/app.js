// Conformance case 'user-efs-media-workers': an app as a CDK user writes it, not shaped to a
// feature: a Storage stack owns a VPC, an encrypted elastic-throughput EFS file system with two
// access points, and an uploads bucket whose new videos (prefix and suffix filtered) go to a queue
// with a dead-letter queue; a Compute stack runs a transcoder fed by that queue and a thumbnailer,
// each mounting its own access point across stacks, in the VPC's private subnets.
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const efs = require('aws-cdk-lib/aws-efs');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');
const s3 = require('aws-cdk-lib/aws-s3');
const s3n = require('aws-cdk-lib/aws-s3-notifications');
const sqs = require('aws-cdk-lib/aws-sqs');

const app = new cdk.App();
const env = { account: '444433332222', region: 'eu-north-1' };
const storage = new cdk.Stack(app, 'MediaStorage', { env });
const vpc = new ec2.Vpc(storage, 'Vpc', { maxAzs: 2, natGateways: 1, restrictDefaultSecurityGroup: false });
const fileSystem = new efs.FileSystem(storage, 'Scratch', {
  vpc,
  encrypted: true,
  throughputMode: efs.ThroughputMode.ELASTIC,
  lifecyclePolicy: efs.LifecyclePolicy.AFTER_14_DAYS,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});
const accessPoint = (id, dir) => fileSystem.addAccessPoint(id, {
  path: dir,
  createAcl: { ownerUid: '1001', ownerGid: '1001', permissions: '750' },
  posixUser: { uid: '1001', gid: '1001' },
});
const transcodeAp = accessPoint('TranscodeAp', '/transcode');
const thumbsAp = accessPoint('ThumbsAp', '/thumbs');
const dlq = new sqs.Queue(storage, 'UploadsDlq', { retentionPeriod: cdk.Duration.days(14) });
const uploadsQueue = new sqs.Queue(storage, 'Uploads', {
  visibilityTimeout: cdk.Duration.minutes(15),
  deadLetterQueue: { queue: dlq, maxReceiveCount: 3 },
});
const uploads = new s3.Bucket(storage, 'UploadsBucket', { enforceSSL: true, versioned: true });
uploads.addEventNotification(s3.EventType.OBJECT_CREATED, new s3n.SqsDestination(uploadsQueue),
  { prefix: 'raw/', suffix: '.mp4' });

const compute = new cdk.Stack(app, 'MediaCompute', { env });
const transcoder = new lambda.Function(compute, 'Transcoder', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  memorySize: 3008,
  timeout: cdk.Duration.minutes(15),
  ephemeralStorageSize: cdk.Size.gibibytes(2),
  vpc,
  filesystem: lambda.FileSystem.fromEfsAccessPoint(transcodeAp, '/mnt/transcode'),
  environment: { UPLOADS_BUCKET: uploads.bucketName },
});
transcoder.addEventSource(new sources.SqsEventSource(uploadsQueue, { batchSize: 1 }));
uploads.grantRead(transcoder, 'raw/*');
uploads.grantPut(transcoder, 'out/*');
const thumbnailer = new lambda.Function(compute, 'Thumbnailer', {
  runtime: lambda.Runtime.PYTHON_3_12,
  handler: 'index.handler',
  code: lambda.Code.fromInline('def handler(event, context):\n    return None\n'),
  vpc,
  vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
  filesystem: lambda.FileSystem.fromEfsAccessPoint(thumbsAp, '/mnt/thumbs'),
});
uploads.grantReadWrite(thumbnailer, 'thumbs/*');
app.synth();
