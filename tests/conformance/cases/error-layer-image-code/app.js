// Conformance case 'error-layer-image-code': a LayerVersion given a container image code
// (Code.fromEcrImage): its bind has no s3Location, LayerVersion's "Code must define an S3 location".
'use strict';
const cdk = require('aws-cdk-lib');
const ecr = require('aws-cdk-lib/aws-ecr');
const lambda = require('aws-cdk-lib/aws-lambda');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const repo = ecr.Repository.fromRepositoryName(stack, 'Repo', 'my-repo');
new lambda.LayerVersion(stack, 'Layer', { code: lambda.Code.fromEcrImage(repo) });
app.synth();
