// Conformance case 'user-report-stages': an app as a CDK user writes it: a report generator deployed
// as two Stages (beta and prod, each with its own account and region). Each stage has one stack: a
// KMS-encrypted, versioned bucket with a lifecycle rule; a python layer and a SnapStart function from
// asset directories, triggered by uploads under incoming/ (.csv), reading the bucket by prefix and
// writing reports back; an alias on the current version. An aspect over the app turns X-Ray on for
// every CfnFunction through a property override; prod has termination protection.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const kms = require('aws-cdk-lib/aws-kms');
const s3 = require('aws-cdk-lib/aws-s3');
const lambda = require('aws-cdk-lib/aws-lambda');
const sources = require('aws-cdk-lib/aws-lambda-event-sources');

class ReportStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const key = new kms.Key(this, 'ReportsKey', { enableKeyRotation: true, alias: `alias/reports-${props.stageName}` });
    const bucket = new s3.Bucket(this, 'Reports', {
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      versioned: true,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      lifecycleRules: [{ prefix: 'incoming/', expiration: cdk.Duration.days(30), noncurrentVersionExpiration: cdk.Duration.days(7) }],
    });
    const deps = new lambda.LayerVersion(this, 'ReportDeps', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'deps')),
      compatibleRuntimes: [lambda.Runtime.PYTHON_3_12, lambda.Runtime.PYTHON_3_13],
      compatibleArchitectures: [lambda.Architecture.ARM_64],
      description: 'report helpers',
    });
    const fn = new lambda.Function(this, 'Generator', {
      runtime: lambda.Runtime.PYTHON_3_12,
      architecture: lambda.Architecture.ARM_64,
      handler: 'report.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, 'handler')),
      layers: [deps],
      snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
      memorySize: props.stageName === 'prod' ? 1024 : 256,
      timeout: cdk.Duration.minutes(2),
      environment: { BUCKET: bucket.bucketName, STAGE: props.stageName },
    });
    fn.addEventSource(new sources.S3EventSource(bucket, {
      events: [s3.EventType.OBJECT_CREATED],
      filters: [{ prefix: 'incoming/', suffix: '.csv' }],
    }));
    bucket.grantRead(fn, 'incoming/*');
    bucket.grantPut(fn, 'reports/*');
    fn.currentVersion.addAlias(props.stageName);
    new cdk.CfnOutput(this, 'BucketName', { value: bucket.bucketName });
  }
}

class ReportStage extends cdk.Stage {
  constructor(scope, id, props) {
    super(scope, id, props);
    new ReportStack(this, 'Reports', { stageName: id.toLowerCase(), terminationProtection: id === 'Prod' });
  }
}

const app = new cdk.App();
new ReportStage(app, 'Beta', { env: { account: '111111111111', region: 'us-east-1' } });
new ReportStage(app, 'Prod', { env: { account: '333333333333', region: 'eu-central-1' } });
cdk.Aspects.of(app).add({
  visit(node) {
    if (node instanceof lambda.CfnFunction) node.addPropertyOverride('TracingConfig.Mode', 'Active');
  },
});
app.synth();
