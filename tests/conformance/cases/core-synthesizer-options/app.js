// Conformance case 'core-synthesizer-options': DefaultStackSynthesizer options (issue 15): a stack
// with a custom qualifier and file assets bucket, one with every role ARN, the image repository and
// the bootstrap version parameter given, one without the bootstrap version rule, and two with a
// CliCredentialsStackSynthesizer (no roles, no bootstrap version).
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const fn = (stack) => new lambda.Function(stack, 'Fn', {
  runtime: lambda.Runtime.NODEJS_20_X,
  handler: 'index.handler',
  code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
});

fn(new cdk.Stack(app, 'Custom', {
  synthesizer: new cdk.DefaultStackSynthesizer({
    qualifier: 'myqual123',
    fileAssetsBucketName: 'my-assets-${Qualifier}-${AWS::AccountId}-${AWS::Region}',
  }),
}));
fn(new cdk.Stack(app, 'Roles', {
  env: { account: '123456789012', region: 'eu-west-1' },
  synthesizer: new cdk.DefaultStackSynthesizer({
    deployRoleArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/my-deploy-role',
    cloudFormationExecutionRole: 'arn:aws:iam::123456789012:role/my-exec-role',
    fileAssetPublishingRoleArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/my-file-role',
    imageAssetPublishingRoleArn: 'arn:aws:iam::123456789012:role/my-image-role',
    lookupRoleArn: 'arn:aws:iam::123456789012:role/my-lookup-role',
    imageAssetsRepositoryName: 'my-repo-${Qualifier}',
    bootstrapStackVersionSsmParameter: '/my-bootstrap/${Qualifier}/version',
  }),
}));
fn(new cdk.Stack(app, 'NoRule', {
  synthesizer: new cdk.DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
}));
fn(new cdk.Stack(app, 'CliCredentials', { synthesizer: new cdk.CliCredentialsStackSynthesizer() }));
fn(new cdk.Stack(app, 'CliCredentialsCustom', {
  env: { region: 'eu-west-1' },
  synthesizer: new cdk.CliCredentialsStackSynthesizer({
    qualifier: 'other',
    fileAssetsBucketName: 'bucket-${Qualifier}-${AWS::Region}',
  }),
}));

app.synth();
