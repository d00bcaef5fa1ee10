// Conformance case 'v2-snap-start': v2: snapStart ON_PUBLISHED_VERSIONS on Java 11 and Python 3.12, with the warning
// Ported from aws-cdk: integ.lambda.snapstart.ts (JavaSnapstartLambda, Python312SnapstartLambda); function.test.ts, its snapStart tests (the matching function.test.ts test not located in the stored copy of aws-cdk)
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'Stack');

new lambda.Function(stack, 'JavaSnapstartLambda', {
  code: lambda.Code.fromAsset('lambda-handler'),
  handler: 'Handler',
  runtime: lambda.Runtime.JAVA_11,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});

new lambda.Function(stack, 'Python312SnapstartLambda', {
  code: lambda.Code.fromInline('pass'),
  handler: 'Handler',
  runtime: lambda.Runtime.PYTHON_3_12,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
  ephemeralStorageSize: cdk.Size.mebibytes(512),
});

app.synth();
