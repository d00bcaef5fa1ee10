// Conformance case 'integ-lambda-lambda': aws-lambda test/integ.lambda.ts (the IntegTest is
// dropped; STANDARD_NODEJS_RUNTIME of the integ tests' config is NODEJS_18_X; handler-snapstart.zip
// is a small zip of our own).
'use strict';
const iam = require('aws-cdk-lib/aws-iam');
const cdk = require('aws-cdk-lib');
const { LAMBDA_RECOGNIZE_LAYER_VERSION } = require('aws-cdk-lib/cx-api');
const lambda = require('aws-cdk-lib/aws-lambda');
const path = require('path');

const STANDARD_NODEJS_RUNTIME = lambda.Runtime.NODEJS_18_X;

const app = new cdk.App();

class TestLambdaFunction extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const fn = new lambda.Function(this, 'MyLambda', {
      code: new lambda.InlineCode('foo'),
      handler: 'index.handler',
      runtime: STANDARD_NODEJS_RUNTIME,
    });

    fn.addToRolePolicy(new iam.PolicyStatement({
      resources: ['*'],
      actions: ['*'],
    }));
    fn.addFunctionUrl();

    const version = fn.currentVersion;

    const alias = new lambda.Alias(this, 'Alias', {
      aliasName: 'prod',
      version,
    });
    alias.addPermission('AliasPermission', {
      principal: new iam.ServicePrincipal('cloudformation.amazonaws.com'),
    });
    alias.addFunctionUrl({
      authType: lambda.FunctionUrlAuthType.NONE,
    });

    // Changes the function description when the feature flag is present
    // to validate the changed function hash.
    cdk.Aspects.of(this).add(new lambda.FunctionVersionUpgrade(LAMBDA_RECOGNIZE_LAYER_VERSION));

    new lambda.Function(this, 'MySnapStartLambda', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'handler-snapstart.zip')),
      handler: 'example.Handler::handleRequest',
      runtime: lambda.Runtime.JAVA_11,
      snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
    });

    new lambda.Function(this, 'MySnapStartLambdaArm', {
      code: lambda.Code.fromAsset(path.join(__dirname, 'handler-snapstart.zip')),
      handler: 'example.Handler::handleRequest',
      runtime: lambda.Runtime.JAVA_21,
      architecture: lambda.Architecture.ARM_64,
      snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
    });
  }
}

new TestLambdaFunction(app, 'aws-cdk-lambda-1');
app.synth();
