// Conformance case 'error-snap-start-container-tenancy'
// Upstream: aws-lambda/test/function.test.ts describe('SnapStart') 'container image function with SnapStart and tenant isolation throws'.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new lambda.DockerImageFunction(stack, 'MyLambda', {
  code: lambda.DockerImageCode.fromImageAsset('docker-lambda-handler'),
  tenancyConfig: lambda.TenancyConfig.PER_TENANT,
  snapStart: lambda.SnapStartConf.ON_PUBLISHED_VERSIONS,
});
app.synth();
