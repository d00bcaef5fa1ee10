// Conformance case 'integ-lambda-image': aws-lambda test/integ.lambda.image.ts, adapted: the
// third-party cdk-ecr-deployment ECRDeployment ('DeployDockerImage2', which copies an image into
// the repository) and the functions' dependencies on it are dropped (that package is not
// aws-cdk-lib), as are the IntegTest, its assertion stack and its getFunction assertions.
'use strict';
const cdk = require('aws-cdk-lib');
const lambda = require('aws-cdk-lib/aws-lambda');
const ecr = require('aws-cdk-lib/aws-ecr');

const TAG_NAME = 'testTag';
// the digest of the Image amazon/aws-lambda-python:3.12.2024.11.06.18
const IMAGE_DIGEST = 'sha256:55d873154f78cd9a13487c9539ff380f396b887f4a815d84fd698ed872c74749';

class TestLambdaFunctionWithRepoImageUsingCfnParameter extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const imageTag = new cdk.CfnParameter(this, 'ImageTag', {
      default: TAG_NAME,
    });

    const imageDigest = new cdk.CfnParameter(this, 'ImageDigest', {
      default: IMAGE_DIGEST,
    });

    const ecrRepository = new ecr.Repository(this, 'MyRepo');

    this.funcWithDigestCfnParam = new lambda.DockerImageFunction(this, 'ImageLambdaDigest', {
      functionName: 'ImageLambdaDigestCfnParam',
      code: lambda.DockerImageCode.fromEcr(
        ecrRepository, {
          tagOrDigest: imageDigest.valueAsString,
        },
      ),
    });

    this.funcWithDigestConst = new lambda.DockerImageFunction(this, 'ImageLambdaDigestConst', {
      functionName: 'ImageLambdaDigestConst',
      code: lambda.DockerImageCode.fromEcr(
        ecrRepository, {
          tagOrDigest: IMAGE_DIGEST,
        },
      ),
    });

    this.funcWithTagCfnParam = new lambda.DockerImageFunction(this, 'ImageLambdaTag', {
      functionName: 'ImageLambdaTagCfnParam',
      code: lambda.DockerImageCode.fromEcr(
        ecrRepository, {
          tagOrDigest: imageTag.valueAsString,
        },
      ),
    });

    this.funcWithTagConst = new lambda.DockerImageFunction(this, 'ImageLambdaTagConst', {
      functionName: 'ImageLambdaTagConst',
      code: lambda.DockerImageCode.fromEcr(
        ecrRepository, {
          tagOrDigest: TAG_NAME,
        },
      ),
    });
  }
}

const app = new cdk.App();

new TestLambdaFunctionWithRepoImageUsingCfnParameter(app, 'aws-cdk-lambda-image');

new cdk.Stack(app, 'LambdaFunctionWithRepoImageUsingCfnParameterAssertionStack');

app.synth();
