// Conformance case 'core-synthesizer-prefixes-lookup-role': DefaultStackSynthesizer's
// useLookupRoleForStackOperations (false: no lookupRole in manifest.json, a lookup's missing context
// keeps its lookupRoleArn; true as given: as the default), and bucketPrefix / dockerTagPrefix as
// templates (${Qualifier}, ${AWS::AccountId}, ${AWS::Region}) specialized in a stack with an
// environment and left to CloudFormation (Fn::Sub) in an environment-agnostic one, for the
// DefaultStackSynthesizer and the CliCredentialsStackSynthesizer: the file asset's objectKey, the
// template's, the function's S3Key, the image's imageTag and URI.
'use strict';
const path = require('path');
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ec2 = require('aws-cdk-lib/aws-ec2');

const app = new cdk.App();
const env = { account: '123456789012', region: 'eu-west-1' };
const fns = (stack) => {
  new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_20_X,
    handler: 'index.handler',
    code: lambda.Code.fromAsset(path.join(__dirname, 'lambda-handler')),
  });
  new lambda.Function(stack, 'ImageFn', {
    code: lambda.Code.fromAssetImage(path.join(__dirname, 'docker-handler')),
    handler: lambda.Handler.FROM_IMAGE,
    runtime: lambda.Runtime.FROM_IMAGE,
  });
};

const noLookup = new cdk.Stack(app, 'NoLookupRole', {
  env,
  synthesizer: new cdk.DefaultStackSynthesizer({ useLookupRoleForStackOperations: false }),
});
ec2.SecurityGroup.fromLookupById(noLookup, 'Group', 'sg-1234');
new cdk.Stack(app, 'LookupRole', {
  synthesizer: new cdk.DefaultStackSynthesizer({ useLookupRoleForStackOperations: true }),
});
const prefixes = {
  qualifier: 'myqual',
  bucketPrefix: '${AWS::AccountId}/${Qualifier}/',
  dockerTagPrefix: '${AWS::Region}-${Qualifier}-',
};
fns(new cdk.Stack(app, 'Prefixes', { env, synthesizer: new cdk.DefaultStackSynthesizer(prefixes) }));
fns(new cdk.Stack(app, 'PrefixesAgnostic', { synthesizer: new cdk.DefaultStackSynthesizer(prefixes) }));
fns(new cdk.Stack(app, 'CliPrefixes', { env, synthesizer: new cdk.CliCredentialsStackSynthesizer(prefixes) }));
fns(new cdk.Stack(app, 'CliPrefixesAgnostic', { synthesizer: new cdk.CliCredentialsStackSynthesizer(prefixes) }));
app.synth();
