// Conformance case 'current-version-v2-props': v2: currentVersion of a function with the v2 props (their place in the version hash)
// Ported from aws-cdk: function-hash.test.ts, its tests of properties that invalidate the version (the v2 props; titles not checked against the stored copy)
// (Named current-version-* so the runner's shared JS worker runs it before any app using Runtime.NODEJS_LATEST: that
// runtime joins the global Runtime.ALL, which the version hash of imported layers includes under
// @aws-cdk/aws-lambda:recognizeLayerVersion; a fresh process, as a user's, always has the static list.)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack', { env: { region: 'eu-west-1' } });

const fn = new lambda.Function(stack, 'Fn', {
  code: lambda.Code.fromInline('pass'),
  handler: 'index.handler',
  runtime: lambda.Runtime.PYTHON_3_12,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  runtimeManagementMode: lambda.RuntimeManagementMode.FUNCTION_UPDATE,
  recursiveLoop: lambda.RecursiveLoop.TERMINATE,
  durableConfig: { executionTimeout: cdk.Duration.minutes(5) },
  paramsAndSecrets: lambda.ParamsAndSecretsLayerVersion.fromVersion(lambda.ParamsAndSecretsVersions.V1_0_103),
  adotInstrumentation: {
    layerVersion: lambda.AdotLayerVersion.fromPythonSdkLayerVersion(lambda.AdotLambdaLayerPythonSdkVersion.LATEST),
    execWrapper: lambda.AdotLambdaExecWrapper.INSTRUMENT_HANDLER,
  },
  currentVersionOptions: { description: 'v2' },
});

fn.currentVersion;

app.synth();
